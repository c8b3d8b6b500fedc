package io.skein.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.skein.ErrorCode;
import io.skein.config.UpstreamConfig;
import io.skein.execution.RequestHeaders;
import io.skein.execution.UpstreamException;
import io.skein.execution.UpstreamRequest;
import io.skein.execution.UpstreamResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpUpstreamClientTest {

    private final HttpUpstreamClient client = new HttpUpstreamClient(HttpUpstreamClient.newHttpClient());
    private final AtomicReference<Answer> answer = new AtomicReference<>(new Answer(200, "application/json", "{\"data\":{}}", 0));
    private final AtomicReference<Map<String, List<String>>> receivedHeaders = new AtomicReference<>();
    private final AtomicReference<String> receivedBody = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/graphql", exchange -> {
            receivedHeaders.set(Map.copyOf(exchange.getRequestHeaders()));
            receivedBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Answer current = answer.get();
            sleep(current.delayMillis());
            byte[] body = current.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", current.contentType());
            exchange.sendResponseHeaders(current.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void returnsDataErrorsAndExtensionsOfAGraphQLResponse() {
        answer.set(new Answer(200, "application/json",
                "{\"data\":{\"a\":1},\"errors\":[{\"message\":\"partly\",\"path\":[\"b\"]}],\"extensions\":{\"cost\":3}}", 0));

        UpstreamResponse response = client.execute(request(upstream(Duration.ofSeconds(5)), Map.of())).join();

        assertThat(response.data()).containsOnlyKeys("a");
        assertThat(response.errors()).singleElement().satisfies(error -> assertThat(error).containsEntry("message", "partly"));
        assertThat(response.extensions()).containsOnlyKeys("cost");
    }

    @Test
    void passesOnAGraphQLErrorResponseWithAClientErrorStatus() {
        answer.set(new Answer(400, "application/graphql-response+json", "{\"errors\":[{\"message\":\"bad variable\"}]}", 0));

        UpstreamResponse response = client.execute(request(upstream(Duration.ofSeconds(5)), Map.of())).join();

        assertThat(response.data()).isNull();
        assertThat(response.errors()).singleElement().satisfies(error -> assertThat(error).containsEntry("message", "bad variable"));
    }

    @Test
    void reportsAServerErrorAsABadResponse() {
        answer.set(new Answer(500, "application/json", "{\"errors\":[{\"message\":\"boom\"}]}", 0));

        assertThat(failure(upstream(Duration.ofSeconds(5)))).satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.UPSTREAM_BAD_RESPONSE);
            assertThat(error.getMessage()).contains("'Store'", "HTTP 500").doesNotContain("127.0.0.1");
        });
    }

    @Test
    void reportsAGatewayErrorAsUnavailable() {
        answer.set(new Answer(503, "text/html", "<html>down</html>", 0));

        assertThat(failure(upstream(Duration.ofSeconds(5))).code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    }

    @Test
    void reportsABodyThatIsNotJsonAsABadResponse() {
        answer.set(new Answer(200, "text/html", "<html>hello</html>", 0));

        assertThat(failure(upstream(Duration.ofSeconds(5))).code()).isEqualTo(ErrorCode.UPSTREAM_BAD_RESPONSE);
    }

    @Test
    void reportsJsonThatIsNotAGraphQLResponseAsABadResponse() {
        answer.set(new Answer(200, "application/json", "{\"status\":\"ok\"}", 0));

        assertThat(failure(upstream(Duration.ofSeconds(5))).code()).isEqualTo(ErrorCode.UPSTREAM_BAD_RESPONSE);
    }

    @Test
    void reportsAnUpstreamSlowerThanItsTimeout() {
        answer.set(new Answer(200, "application/json", "{\"data\":{}}", 1000));

        UpstreamException error = failure(upstream(Duration.ofMillis(200)));

        assertThat(error.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT);
        assertThat(error.getMessage()).contains("200ms");
    }

    @Test
    void reportsARefusedConnectionAsUnavailable() {
        server.stop(0);

        assertThat(failure(upstream(Duration.ofSeconds(5))).code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    }

    @Test
    void sendsTheOperationWithStaticAndForwardedHeaders() {
        UpstreamConfig upstream = UpstreamConfig.newUpstream("store", url())
                .headers(Map.of("X-Api-Key", "k1"))
                .forwardHeaders(List.of("authorization"))
                .label("Store")
                .build();
        RequestHeaders client = new RequestHeaders(Map.of(
                "Authorization", List.of("Bearer abc"), "Cookie", List.of("session=1"), "Host", List.of("skein.example")));

        this.client.execute(new UpstreamRequest(upstream, "query Q($id: ID){ a(id: $id) }", "Q", Map.of("id", "7"), client)).join();

        assertThat(receivedBody.get()).contains("\"query\":\"query Q($id: ID){ a(id: $id) }\"", "\"operationName\":\"Q\"",
                "\"variables\":{\"id\":\"7\"}");
        assertThat(receivedHeaders.get())
                .containsEntry("X-api-key", List.of("k1"))
                .containsEntry("Authorization", List.of("Bearer abc"))
                .doesNotContainKey("Cookie");
        assertThat(receivedHeaders.get().get("Host")).doesNotContain("skein.example");
    }

    private UpstreamException failure(UpstreamConfig upstream) {
        try {
            client.execute(request(upstream, Map.of())).join();
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(UpstreamException.class);
            return (UpstreamException) e.getCause();
        }
        throw new AssertionError("the request succeeded");
    }

    private UpstreamConfig upstream(Duration timeout) {
        return UpstreamConfig.newUpstream("store", url()).timeout(timeout).label("Store").build();
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql");
    }

    private static UpstreamRequest request(UpstreamConfig upstream, Map<String, Object> variables) {
        return new UpstreamRequest(upstream, "{ a }", null, variables, RequestHeaders.NONE);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Answer(int status, String contentType, String body, long delayMillis) {
    }
}
