package io.skein.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.ErrorCode;
import io.skein.config.UpstreamConfig;
import io.skein.schema.MergedSchema;
import io.skein.schema.SchemaMerger;
import io.skein.schema.SchemaSources;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The merged graph over canned upstream responses: which of an upstream's errors and extensions
 * reach the client, as its {@code proxy-errors} and {@code proxy-extensions} settings say.
 */
class ProxyGraphTest {

    private static final String CATALOG = """
            type Query {
              products: [Product]
            }
            type Product {
              upc: ID!
              name: String
            }
            """;

    private static final String REVIEWS = """
            type Query {
              reviews: [Review]
            }
            type Review {
              body: String
            }
            """;

    private static final String QUERY = "{ products { upc name } reviews { body } }";

    private final Map<String, CompletableFuture<UpstreamResponse>> answers = new LinkedHashMap<>(Map.of(
            "catalog", answer(Map.of("products", List.of(mapOf("upc", "1", "name", null))),
                    List.of(Map.of("message", "Name is private", "path", List.of("products", 0, "name")),
                            Map.of("message", "Catalog is slow today")),
                    Map.of("cost", 3)),
            "reviews", answer(Map.of("reviews", List.of(Map.of("body", "Sturdy"))),
                    List.of(Map.of("message", "Review hidden", "path", List.of("reviews", 0))),
                    Map.of("tracing", "on"))));

    @Test
    void upstreamErrorsReachTheClientByDefault() {
        Map<String, Object> response = execute(catalog -> catalog, QUERY);

        assertThat(messages(response)).containsExactlyInAnyOrder("Name is private", "Catalog is slow today", "Review hidden");
        assertThat(errors(response)).filteredOn(error -> "Name is private".equals(error.get("message"))).singleElement()
                .satisfies(error -> assertThat(error).containsEntry("extensions", Map.of("upstream", "Catalog API")));
    }

    @Test
    void upstreamWithProxyErrorsOffHasItsErrorsLeftOutButItsDataKept() {
        Map<String, Object> response = execute(catalog -> catalog.proxyErrors(false), QUERY);

        assertThat(messages(response)).containsExactly("Review hidden");
        assertThat(data(response)).containsEntry("products", List.of(mapOf("upc", "1", "name", null)))
                .containsEntry("reviews", List.of(Map.of("body", "Sturdy")));
    }

    @Test
    void upstreamWithProxyErrorsOffStillHasItsUnavailabilityReported() {
        answers.put("catalog", CompletableFuture.failedFuture(new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, "Catalog API",
                "Upstream 'Catalog API' is unavailable", null)));

        Map<String, Object> response = execute(catalog -> catalog.proxyErrors(false), QUERY);

        assertThat(data(response)).containsEntry("products", null).containsKey("reviews");
        assertThat(errors(response)).filteredOn(error -> "Catalog API".equals(extensions(error).get("upstream"))).singleElement()
                .satisfies(error -> {
                    assertThat(error).containsEntry("path", List.of("products"));
                    assertThat(extensions(error)).containsEntry("code", "UPSTREAM_UNAVAILABLE");
                });
    }

    @Test
    void upstreamWithProxyErrorsOffThatCannotBeQueriedIsReportedUnavailable() {
        ProxyGraph graph = graph(catalog -> catalog.proxyErrors(false), request -> {
            throw new IllegalStateException("connection pool closed");
        });

        Map<String, Object> response = graph.execute(new ProxyRequest("{ products { upc } }", null, null, null, null)).join().toSpecification();

        assertThat(errors(response)).singleElement()
                .satisfies(error -> assertThat(extensions(error)).containsEntry("code", "UPSTREAM_UNAVAILABLE"));
    }

    @Test
    void upstreamExtensionsAreReportedUnderTheUpstreamsLabelByDefault() {
        Map<String, Object> response = execute(catalog -> catalog, QUERY);

        assertThat(responseExtensions(response)).containsEntry("Catalog API", Map.of("cost", 3))
                .containsEntry("Reviews API", Map.of("tracing", "on"));
    }

    @Test
    void upstreamWithProxyExtensionsOffHasItsExtensionsLeftOut() {
        Map<String, Object> response = execute(catalog -> catalog.proxyExtensions(false), QUERY);

        assertThat(responseExtensions(response)).doesNotContainKey("Catalog API")
                .containsEntry("Reviews API", Map.of("tracing", "on"));
        assertThat(messages(response)).contains("Name is private");
    }

    @Test
    void upstreamWithProxyExtensionsOffAloneLeavesTheResponseWithoutExtensions() {
        Map<String, Object> response = execute(catalog -> catalog.proxyExtensions(false), "{ products { upc } }");

        assertThat(response).doesNotContainKey("extensions");
        assertThat(data(response)).containsKey("products");
    }

    private Map<String, Object> execute(UnaryOperator<UpstreamConfig.Builder> catalog, String query) {
        ProxyGraph graph = graph(catalog, request -> answers.get(request.upstream().name()));
        return graph.execute(new ProxyRequest(query, null, null, null, null)).join().toSpecification();
    }

    private static ProxyGraph graph(UnaryOperator<UpstreamConfig.Builder> catalog, UpstreamClient client) {
        UpstreamConfig catalogUpstream = catalog.apply(UpstreamConfig.newUpstream("catalog", URI.create("http://catalog.test/graphql"))
                .label("Catalog API")).build();
        UpstreamConfig reviewsUpstream = UpstreamConfig.newUpstream("reviews", URI.create("http://reviews.test/graphql"))
                .label("Reviews API").build();
        MergedSchema merged = SchemaMerger.merge(List.of(
                SchemaSources.fromSdl(catalogUpstream, CATALOG),
                SchemaSources.fromSdl(reviewsUpstream, REVIEWS)));
        return ProxyGraph.create(merged, client, 100);
    }

    private static CompletableFuture<UpstreamResponse> answer(Map<String, Object> data, List<Map<String, Object>> errors,
                                                              Map<String, Object> extensions) {
        return CompletableFuture.completedFuture(new UpstreamResponse(data, errors, extensions));
    }

    private static Map<String, Object> mapOf(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> response) {
        return (Map<String, Object>) response.get("data");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Map<String, Object> response) {
        return (List<Map<String, Object>>) response.getOrDefault("errors", List.of());
    }

    private static List<Object> messages(Map<String, Object> response) {
        return errors(response).stream().map(error -> error.get("message")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(Map<String, Object> error) {
        return (Map<String, Object>) error.getOrDefault("extensions", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> responseExtensions(Map<String, Object> response) {
        return (Map<Object, Object>) response.getOrDefault("extensions", Map.of());
    }
}
