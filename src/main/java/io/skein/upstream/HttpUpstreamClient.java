package io.skein.upstream;

import io.skein.ErrorCode;
import io.skein.config.UpstreamConfig;
import io.skein.execution.UpstreamClient;
import io.skein.execution.UpstreamException;
import io.skein.execution.UpstreamRequest;
import io.skein.execution.UpstreamResponse;
import io.skein.transport.JsonCodec;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends upstream operations over HTTP with the JDK's client: asynchronous, one pool of
 * keep-alive connections per upstream host, a timeout per request from the upstream's
 * configuration, its static headers and the client headers it forwards.
 */
public final class HttpUpstreamClient implements UpstreamClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final String ACCEPT = "application/graphql-response+json, application/json;q=0.9";

    private final HttpClient http;

    public HttpUpstreamClient(HttpClient http) {
        this.http = http;
    }

    /**
     * The HTTP client Skein uses for upstreams: HTTP/1.1, no redirects, a bounded connect time.
     */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    @Override
    public CompletableFuture<UpstreamResponse> execute(UpstreamRequest request) {
        UpstreamConfig upstream = request.upstream();
        HttpRequest httpRequest = httpRequest(request);
        return http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, error) -> {
                    if (error != null) {
                        throw new CompletionException(failure(upstream, error));
                    }
                    return graphQLResponse(upstream, response);
                });
    }

    private static HttpRequest httpRequest(UpstreamRequest request) {
        UpstreamConfig upstream = request.upstream();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", request.query());
        if (request.operationName() != null) {
            body.put("operationName", request.operationName());
        }
        if (!request.variables().isEmpty()) {
            body.put("variables", request.variables());
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(upstream.url())
                .timeout(upstream.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(JsonCodec.write(body), StandardCharsets.UTF_8));
        ForwardedHeaders.select(upstream.forwardHeaders(), request.clientHeaders())
                .forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        request.headers().forEach((name, values) -> {
            if (ForwardedHeaders.isForwardable(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        upstream.headers().forEach((name, value) -> {
            if (ForwardedHeaders.isForwardable(name.toLowerCase(Locale.ROOT))) {
                builder.setHeader(name, value);
            }
        });
        return builder.build();
    }

    private static UpstreamException failure(UpstreamConfig upstream, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpConnectTimeoutException) {
            return new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, upstream.label(),
                    "Upstream '" + upstream.label() + "' is unavailable (no connection within " + describe(CONNECT_TIMEOUT) + ")", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new UpstreamException(ErrorCode.UPSTREAM_TIMEOUT, upstream.label(),
                    "Upstream '" + upstream.label() + "' did not answer within " + describe(upstream.timeout()), cause);
        }
        return new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, upstream.label(),
                "Upstream '" + upstream.label() + "' is unavailable", cause);
    }

    @SuppressWarnings("unchecked")
    private static UpstreamResponse graphQLResponse(UpstreamConfig upstream, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 502 || status == 503 || status == 504) {
            throw new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, upstream.label(),
                    "Upstream '" + upstream.label() + "' is unavailable (HTTP " + status + ")", null, status, response.body());
        }
        Optional<Object> json = JsonCodec.parse(response.body());
        boolean graphQLShaped = json.isPresent() && json.get() instanceof Map<?, ?> map
                && (map.containsKey("data") || map.get("errors") instanceof List<?>);
        if (status >= 500 || !graphQLShaped) {
            throw new UpstreamException(ErrorCode.UPSTREAM_BAD_RESPONSE, upstream.label(),
                    "Upstream '" + upstream.label() + "' answered with something other than a GraphQL response (HTTP " + status + ")",
                    null, status, response.body());
        }
        Map<String, Object> body = (Map<String, Object>) json.get();
        return new UpstreamResponse(
                body.get("data") instanceof Map<?, ?> data ? (Map<String, Object>) data : null,
                body.get("errors") instanceof List<?> errors ? onlyObjects(errors) : List.of(),
                body.get("extensions") instanceof Map<?, ?> extensions ? (Map<String, Object>) extensions : null,
                status);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> onlyObjects(List<?> errors) {
        return errors.stream()
                .filter(Map.class::isInstance)
                .map(error -> (Map<String, Object>) error)
                .toList();
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
