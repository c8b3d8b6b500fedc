package io.skein.testing;

import io.skein.transport.JsonCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client of a deployed Skein, as an application would call it.
 */
public final class GraphQLHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI graphql;
    private final URI ready;

    public GraphQLHttp(URL base) {
        URI root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.graphql = root.resolve("graphql");
        this.ready = root.resolve("/health/ready");
    }

    public URI endpoint() {
        return graphql;
    }

    public Response post(String query) {
        return post(query, Map.of(), Map.of());
    }

    public Response post(String query, Map<String, Object> variables) {
        return post(query, variables, Map.of());
    }

    public Response post(String query, Map<String, Object> variables, Map<String, String> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (!variables.isEmpty()) {
            body.put("variables", variables);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(JsonCodec.write(body)));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response get(String query) {
        URI uri = URI.create(graphql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri).header("Accept", "application/graphql-response+json").GET().build());
    }

    /**
     * Sends a GET whose URL query is written exactly as given, even with characters that URI
     * classes refuse (as browsers and curl send them), and returns the status line's code.
     */
    public int rawGetStatus(String rawQuery) {
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            String request = "GET " + graphql.getRawPath() + "?" + rawQuery + " HTTP/1.1\r\nHost: " + graphql.getHost()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new AssertionError("Raw request to " + graphql + " failed", e);
        }
    }

    public Response readiness() {
        return send(HttpRequest.newBuilder(ready).GET().build());
    }

    /**
     * Waits until {@code /health/ready} reports UP.
     */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (readiness().status() == 200) {
                return;
            }
            pause();
        }
        throw new AssertionError("Skein was not ready within " + timeout + ": " + readiness().body());
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new AssertionError("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static Object withIntegers(Object value) {
        if (value instanceof BigDecimal number && number.scale() <= 0) {
            return number.intValueExact();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, withIntegers(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(withIntegers(item)));
            return copy;
        }
        return value;
    }

    /**
     * An HTTP response with its body parsed as JSON where it is JSON.
     */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }

        /**
         * The body as JSON, whole numbers as {@code Integer} so that they compare with literals.
         */
        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            Object json = JsonCodec.parse(body).orElseThrow(() -> new AssertionError("not JSON: " + body));
            return (Map<String, Object>) withIntegers(json);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> data() {
            return (Map<String, Object>) json().get("data");
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> errors() {
            Object errors = json().get("errors");
            return errors == null ? List.of() : (List<Map<String, Object>>) errors;
        }
    }
}
