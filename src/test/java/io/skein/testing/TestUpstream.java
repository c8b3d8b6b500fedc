package io.skein.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.GraphQL;
import io.skein.transport.JsonCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real GraphQL server on 127.0.0.1 (the JDK's HttpServer running graphql-java) standing in for
 * an upstream API. Records every request it receives, can answer slowly, and can be stopped and
 * started again on the same port.
 */
public final class TestUpstream {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final GraphQL graphQL;
    private final int port;
    private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile Map<String, Object> extensions = Map.of();
    private HttpServer server;

    private TestUpstream(GraphQL graphQL, int port) {
        this.graphQL = graphQL;
        this.port = port;
    }

    /**
     * Starts serving on a free port.
     */
    public static TestUpstream start(GraphQL graphQL) {
        TestUpstream upstream = new TestUpstream(graphQL, freePort());
        upstream.start();
        return upstream;
    }

    /**
     * Starts serving on the given port.
     */
    public static TestUpstream onPort(GraphQL graphQL, int port) {
        TestUpstream upstream = new TestUpstream(graphQL, port);
        upstream.start();
        return upstream;
    }

    /**
     * An upstream that will serve on a free port once {@link #start()} is called.
     */
    public static TestUpstream notStarted(GraphQL graphQL) {
        return new TestUpstream(graphQL, freePort());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/graphql", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/graphql";
    }

    /**
     * Answer every request only after this long.
     */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    /**
     * Answer every request with these response extensions.
     */
    public void extensions(Map<String, Object> extensions) {
        this.extensions = Map.copyOf(extensions);
    }

    public List<ReceivedRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * The requests received, leaving out introspection (which Skein sends at start-up).
     */
    public List<ReceivedRequest> operations() {
        return requests.stream().filter(request -> !request.query().contains("__schema")).toList();
    }

    public void clear() {
        requests.clear();
    }

    @SuppressWarnings("unchecked")
    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> request = (Map<String, Object>) JsonCodec.parse(body).orElse(Map.of());
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        Map<String, Object> variables = request.get("variables") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        String query = String.valueOf(request.get("query"));
        requests.add(new ReceivedRequest(SEQUENCE.incrementAndGet(), query, variables, headers));
        sleep(delay);
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(query)
                .operationName((String) request.get("operationName"))
                .variables(variables)
                .build();
        Map<String, Object> result = new LinkedHashMap<>(graphQL.execute(input).toSpecification());
        if (!extensions.isEmpty()) {
            result.put("extensions", extensions);
        }
        byte[] response = JsonCodec.write(result).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, response.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
        }
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One request as the upstream saw it; {@code sequence} orders requests across all test upstreams.
     */
    public record ReceivedRequest(long sequence, String query, Map<String, Object> variables, Map<String, String> headers) {
    }
}
