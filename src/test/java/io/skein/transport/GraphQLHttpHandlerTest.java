package io.skein.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.ErrorCode;
import io.skein.config.UpstreamConfig;
import io.skein.execution.GraphStatus;
import io.skein.execution.ProxyGraph;
import io.skein.execution.RequestHeaders;
import io.skein.execution.UpstreamException;
import io.skein.execution.UpstreamRequest;
import io.skein.execution.UpstreamResponse;
import io.skein.schema.MergedSchema;
import io.skein.schema.SchemaMerger;
import io.skein.schema.SchemaSources;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * GraphQL over HTTP on a real merged graph whose upstreams are canned responses.
 */
class GraphQLHttpHandlerTest {

    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static final String CATALOG = """
            type Query {
              products(first: Int): [Product!]
              product(upc: ID!): Product
            }
            type Mutation {
              setPrice(upc: ID!, price: Int!): Product
            }
            type Product {
              upc: ID!
              name: String!
            }
            """;

    private static final String REVIEWS = """
            type Query {
              reviews(productUpc: ID, minRating: Int): [Review!]
            }
            type Mutation {
              addReview(body: String!): Review
            }
            type Review {
              body: String!
              author: String
            }
            """;

    private static final UpstreamConfig CATALOG_UPSTREAM = UpstreamConfig.newUpstream("catalog", URI.create("http://catalog.test/graphql"))
            .timeout(Duration.ofSeconds(1)).label("Catalog API").build();
    private static final UpstreamConfig REVIEWS_UPSTREAM = UpstreamConfig.newUpstream("reviews", URI.create("http://reviews.test/graphql"))
            .timeout(Duration.ofSeconds(1)).label("Reviews API").build();

    private final List<UpstreamRequest> sent = new CopyOnWriteArrayList<>();
    private final Map<String, Function<UpstreamRequest, CompletableFuture<UpstreamResponse>>> answers = new HashMap<>(Map.of(
            "catalog", request -> answer(Map.of("products", List.of(Map.of("upc", "1", "name", "Table")))),
            "reviews", request -> answer(Map.of("reviews", List.of(Map.of("body", "Sturdy"))))));
    private final ProxyGraph graph = ProxyGraph.create(mergedSchema(), this::send, 100);
    private GraphStatus status = new GraphStatus.Ready(graph);
    private final GraphQLHttpHandler handler = new GraphQLHttpHandler(() -> status);

    @Test
    void postedQueryIsAnsweredFromBothUpstreams() {
        Response response = post(body("{ products { upc name } reviews { body } }"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(response.json()).isEqualTo(Map.of("data", Map.of(
                "products", List.of(Map.of("upc", "1", "name", "Table")),
                "reviews", List.of(Map.of("body", "Sturdy")))));
        assertThat(sent).extracting(request -> request.upstream().name()).containsExactlyInAnyOrder("catalog", "reviews");
    }

    @Test
    void queryOperationsAreSentConcurrently() {
        CompletableFuture<UpstreamResponse> catalog = new CompletableFuture<>();
        CompletableFuture<UpstreamResponse> reviews = new CompletableFuture<>();
        answers.put("catalog", request -> catalog);
        answers.put("reviews", request -> reviews);

        CompletableFuture<HttpResult> pending = postAsync(body("{ products { upc } reviews { body } }"));

        assertThat(sent).extracting(request -> request.upstream().name()).containsExactly("catalog", "reviews");
        reviews.complete(new UpstreamResponse(Map.of("reviews", List.of()), List.of(), null));
        catalog.complete(new UpstreamResponse(Map.of("products", List.of()), List.of(), null));
        assertThat(new Response(pending.join()).json())
                .isEqualTo(Map.of("data", Map.of("products", List.of(), "reviews", List.of())));
    }

    @Test
    void mutationOperationsAreSentOneAfterAnotherInDocumentOrder() {
        CompletableFuture<UpstreamResponse> review = new CompletableFuture<>();
        answers.put("catalog", request -> answer(Map.of()));
        answers.put("reviews", request -> review);

        CompletableFuture<HttpResult> pending = postAsync(body("mutation { first: setPrice(upc: \"1\", price: 1) { upc } "
                + "addReview(body: \"Nice\") { body } second: setPrice(upc: \"2\", price: 2) { upc } }"));

        assertThat(sent).extracting(request -> request.upstream().name()).containsExactly("catalog", "reviews");
        review.complete(new UpstreamResponse(Map.of("addReview", Map.of("body", "Nice")), List.of(), null));
        assertThat(pending.join().status()).isEqualTo(200);
        assertThat(sent).extracting(request -> request.upstream().name()).containsExactly("catalog", "reviews", "catalog");
        assertThat(sent.get(2).query()).contains("second").doesNotContain("first");
    }

    @Test
    void queryCanBeSentWithGet() {
        Response response = get(Map.of("query", "{ products { upc } }"), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("data", Map.of("products", List.of(Map.of("upc", "1")))));
    }

    @Test
    void malformedJsonIsABadRequest() {
        Response response = post("{\"query\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("BAD_REQUEST");
        assertThat(sent).isEmpty();
    }

    @Test
    void bodyWithoutQueryIsABadRequest() {
        Response response = post("{\"variables\": {}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void variablesThatAreNotAnObjectAreABadRequest() {
        Response response = post("{\"query\": \"{ products { upc } }\", \"variables\": [1]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("BAD_REQUEST");
        assertThat(sent).isEmpty();
    }

    @Test
    void postThatIsNotJsonIsUnsupportedMediaType() {
        Response response = post("text/plain", null, body("{ products { upc } }"), RequestHeaders.NONE);

        assertThat(response.status()).isEqualTo(415);
        assertThat(sent).isEmpty();
    }

    @Test
    void unacceptableResponseTypeIsNotAcceptable() {
        Response response = post(JSON, "text/html", body("{ products { upc } }"), RequestHeaders.NONE);

        assertThat(response.status()).isEqualTo(406);
        assertThat(sent).isEmpty();
    }

    @Test
    void mutationSentWithGetIsMethodNotAllowedAndNotExecuted() {
        Response response = get(Map.of("query", "mutation { setPrice(upc: \"1\", price: 5) { upc } }"), null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.result().headers()).containsEntry("Allow", "POST");
        assertThat(sent).isEmpty();
    }

    @Test
    void parseErrorIsABadRequestWithoutDataForGraphqlResponseJson() {
        Response response = post(JSON, GRAPHQL_RESPONSE, body("{ products { upc "), RequestHeaders.NONE);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/graphql-response+json; charset=utf-8");
        assertThat(response.json()).doesNotContainKey("data").containsKey("errors");
    }

    @Test
    void parseErrorIsOkForApplicationJson() {
        Response response = post(JSON, JSON, body("{ products { upc "), RequestHeaders.NONE);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).doesNotContainKey("data").containsKey("errors");
    }

    @Test
    void validationErrorIsABadRequestForGraphqlResponseJson() {
        Response response = post(JSON, GRAPHQL_RESPONSE, body("{ products { nope } }"), RequestHeaders.NONE);

        assertThat(response.status()).isEqualTo(400);
        assertThat(sent).isEmpty();
    }

    @Test
    void introspectionBeyondGoodFaithIsABadRequestNotAServerError() {
        Response response = post(JSON, GRAPHQL_RESPONSE,
                body("{ a: __type(name: \"Product\") { name } b: __type(name: \"Review\") { name } }"), RequestHeaders.NONE);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).doesNotContainKey("data");
        assertThat(response.errors()).isNotEmpty().noneSatisfy(error ->
                assertThat(error.get("extensions")).isEqualTo(Map.of("code", "INTERNAL_ERROR")));
        assertThat(sent).isEmpty();
    }

    @Test
    void unavailableUpstreamNullsItsRootFieldsAndLeavesTheOthersIntact() {
        answers.put("reviews", request -> CompletableFuture.failedFuture(new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE,
                "Reviews API", "Upstream 'Reviews API' is unavailable", null)));

        Response response = post(body("{ products { upc } top: reviews { body } }"));

        assertThat(response.status()).isEqualTo(200);
        Map<String, Object> data = response.map("data");
        assertThat(data).containsEntry("products", List.of(Map.of("upc", "1")));
        assertThat(data).containsEntry("top", null);
        assertThat(response.errors()).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("message", "Upstream 'Reviews API' is unavailable");
            assertThat(error).containsEntry("path", List.of("top"));
            assertThat(error).containsEntry("extensions", Map.of("code", "UPSTREAM_UNAVAILABLE", "upstream", "Reviews API"));
        });
    }

    @Test
    void upstreamClientThatThrowsIsReportedAsUnavailable() {
        answers.put("reviews", request -> {
            throw new IllegalStateException("connection pool closed for http://reviews.test/graphql");
        });

        Response response = post(body("{ products { upc } reviews { body } }"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.map("data")).containsEntry("reviews", null).containsKey("products");
        assertThat(response.errors()).singleElement().satisfies(error -> {
            assertThat(extensions(error)).containsEntry("code", "UPSTREAM_UNAVAILABLE");
            assertThat((String) error.get("message")).doesNotContain("http://");
        });
    }

    @Test
    void upstreamErrorKeepsItsAliasedPathAndNamesTheUpstream() {
        answers.put("reviews", request -> CompletableFuture.completedFuture(new UpstreamResponse(
                Map.of("top", List.of(mapOf("body", "Sturdy", "author", null))),
                List.of(Map.of("message", "Author is private", "path", List.of("top", 0, "author"),
                        "extensions", Map.of("code", "FORBIDDEN"))),
                null)));

        Response response = post(body("{ top: reviews { body author } }"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.map("data")).isEqualTo(Map.of("top", List.of(mapOf("body", "Sturdy", "author", null))));
        assertThat(response.errors()).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("message", "Author is private");
            assertThat(error).containsEntry("path", List.of("top", BigDecimal.ZERO, "author"));
            assertThat(error).containsEntry("extensions", Map.of("code", "FORBIDDEN", "upstream", "Reviews API"));
        });
    }

    @Test
    void graphNotReadyIsServiceUnavailable() {
        status = new GraphStatus.NotReady("Waiting for the schema of upstream 'reviews'", List.of("reviews"));

        Response response = post(body("{ products { upc } }"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.errorCode()).isEqualTo("SCHEMA_NOT_READY");
        assertThat(response.errors().get(0)).containsEntry("message", "Waiting for the schema of upstream 'reviews'");
        assertThat(extensions(response.errors().get(0))).containsEntry("upstreams", List.of("reviews"));
        assertThat(sent).isEmpty();
    }

    @Test
    void introspectionIsAnsweredWithoutCallingUpstreams() {
        Response response = post(body("{ __schema { queryType { name } } }"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("data", Map.of("__schema", Map.of("queryType", Map.of("name", "Query")))));
        assertThat(sent).isEmpty();
    }

    @Test
    void onlyTheVariablesAnOperationDeclaresAndTheClientSentGoUpstream() {
        String query = "query Q($first: Int, $upc: ID, $min: Int) "
                + "{ products(first: $first) { upc } reviews(productUpc: $upc, minRating: $min) { body } }";

        post(JsonCodec.write(Map.of("query", query, "variables", Map.of("first", 2, "upc", "1"))));

        assertThat(request("catalog").variables()).isEqualTo(Map.of("first", new BigDecimal("2")));
        assertThat(request("reviews").variables()).isEqualTo(Map.of("upc", "1"));
        assertThat(request("reviews").operationName()).isEqualTo("Q");
    }

    @Test
    void clientHeadersReachTheUpstreamRequestLowerCased() {
        RequestHeaders headers = new RequestHeaders(Map.of("X-Request-Id", List.of("abc-123"), "Authorization", List.of("Bearer t")));

        post(JSON, null, body("{ products { upc } }"), headers);

        RequestHeaders clientHeaders = request("catalog").clientHeaders();
        assertThat(clientHeaders.values()).containsOnlyKeys("x-request-id", "authorization");
        assertThat(clientHeaders.first("x-request-id")).contains("abc-123");
    }

    private CompletableFuture<UpstreamResponse> send(UpstreamRequest request) {
        sent.add(request);
        return answers.get(request.upstream().name()).apply(request);
    }

    private UpstreamRequest request(String upstream) {
        return sent.stream().filter(request -> request.upstream().name().equals(upstream)).findFirst().orElseThrow();
    }

    private static CompletableFuture<UpstreamResponse> answer(Map<String, Object> data) {
        return CompletableFuture.completedFuture(new UpstreamResponse(data, List.of(), null));
    }

    private static Map<String, Object> mapOf(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    private static String body(String query) {
        return JsonCodec.write(Map.of("query", query));
    }

    private Response post(String body) {
        return post(JSON, null, body, RequestHeaders.NONE);
    }

    private CompletableFuture<HttpResult> postAsync(String body) {
        return handler.post(JSON, null, null, body.getBytes(StandardCharsets.UTF_8), RequestHeaders.NONE).toCompletableFuture();
    }

    private Response post(String contentType, String accept, String body, RequestHeaders headers) {
        return new Response(handler.post(contentType, null, accept, body.getBytes(StandardCharsets.UTF_8), headers)
                .toCompletableFuture().join());
    }

    private Response get(Map<String, String> parameters, String accept) {
        return new Response(handler.get(parameters, accept, RequestHeaders.NONE).toCompletableFuture().join());
    }

    private static MergedSchema mergedSchema() {
        return SchemaMerger.merge(List.of(
                SchemaSources.fromSdl(CATALOG_UPSTREAM, CATALOG),
                SchemaSources.fromSdl(REVIEWS_UPSTREAM, REVIEWS)));
    }

    /** An HTTP result with its JSON body read back. */
    private record Response(HttpResult result) {

        int status() {
            return result.status();
        }

        String contentType() {
            return result.contentType();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) JsonCodec.parse(result.body()).orElseThrow();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String key) {
            return (Map<String, Object>) json().get(key);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) json().get("errors");
        }

        String errorCode() {
            return (String) extensions(errors().get(0)).get("code");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(Map<String, Object> error) {
        return (Map<String, Object>) error.get("extensions");
    }
}
