package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.demo.DemoApis;
import io.skein.testing.GraphQLHttp;
import io.skein.testing.GraphQLHttp.Response;
import io.skein.testing.InventoryApi;
import io.skein.testing.SkeinDeployment;
import io.skein.testing.TestUpstream;
import io.skein.testing.TestUpstream.ReceivedRequest;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Skein deployed on Open Liberty in front of three real GraphQL upstreams on 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
class MergedGraphIT {

    private static final TestUpstream CATALOG = TestUpstream.start(DemoApis.catalog());
    private static final TestUpstream REVIEWS = TestUpstream.start(DemoApis.reviews());
    private static final TestUpstream INVENTORY = TestUpstream.start(InventoryApi.create());

    @ArquillianResource
    private URL base;

    private GraphQLHttp skein;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SkeinDeployment.withConfig(Map.of(
                "skein.upstreams", "catalog,reviews,inventory",
                "skein.upstream.catalog.url", CATALOG.url(),
                "skein.upstream.catalog.headers", "X-Api-Key=catalog-secret",
                "skein.upstream.reviews.url", REVIEWS.url(),
                "skein.upstream.reviews.forward-headers", "Authorization,X-Request-Id",
                "skein.upstream.reviews.timeout", "1s",
                "skein.upstream.inventory.url", INVENTORY.url(),
                "skein.upstream.inventory.label", "Inventory API"));
    }

    @BeforeEach
    void ready() {
        skein = new GraphQLHttp(base);
        skein.awaitReady(Duration.ofSeconds(60));
        CATALOG.clear();
        REVIEWS.clear();
        INVENTORY.clear();
    }

    @Test
    void splitsOneQueryIntoOneOperationPerUpstream() {
        Response response = skein.post("""
                { products(first: 2) { upc name } reviews(productUpc: "1") { body rating } }
                """);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.errors()).isEmpty();
        assertThat(response.data().get("products")).isEqualTo(List.of(
                Map.of("upc", "1", "name", "Table"), Map.of("upc", "2", "name", "Couch")));
        assertThat((List<?>) response.data().get("reviews")).hasSize(2);
        assertThat(CATALOG.operations()).singleElement()
                .satisfies(request -> assertThat(request.query()).contains("products").doesNotContain("reviews"));
        assertThat(REVIEWS.operations()).singleElement()
                .satisfies(request -> assertThat(request.query()).contains("reviews").doesNotContain("products"));
        assertThat(INVENTORY.operations()).isEmpty();
    }

    @Test
    void sendsEachUpstreamOnlyTheVariablesItUses() {
        Response response = skein.post("""
                query Product($upc: ID!, $min: Int) {
                  product(upc: $upc) { name }
                  reviews(productUpc: $upc, minRating: $min) { rating }
                }
                """, Map.of("upc", "1", "min", 4));

        assertThat(response.errors()).isEmpty();
        assertThat(response.data()).isEqualTo(Map.of(
                "product", Map.of("name", "Table"),
                "reviews", List.of(Map.of("rating", 5))));
        ReceivedRequest catalog = CATALOG.operations().get(0);
        assertThat(catalog.variables()).containsOnlyKeys("upc");
        assertThat(catalog.query()).doesNotContain("$min");
        assertThat(REVIEWS.operations().get(0).variables()).containsOnlyKeys("upc", "min");
    }

    @Test
    void resolvesNamedAndInlineFragmentsOnUnions() {
        Response response = skein.post("""
                query Search {
                  search(text: "ch") {
                    __typename
                    ... on Product { ...ProductFields }
                    ... on Category { id name }
                  }
                  reviews(minRating: 5) { ...ReviewFields }
                }
                fragment ProductFields on Product { upc name category { name } }
                fragment ReviewFields on Review { author }
                """);

        assertThat(response.errors()).isEmpty();
        assertThat(response.data().get("search")).isEqualTo(List.of(
                Map.of("__typename", "Product", "upc", "2", "name", "Couch", "category", Map.of("name", "Furniture")),
                Map.of("__typename", "Product", "upc", "3", "name", "Chair", "category", Map.of("name", "Furniture")),
                Map.of("__typename", "Category", "id", "c2", "name", "Kitchen")));
        assertThat(response.data().get("reviews")).isEqualTo(List.of(Map.of("author", "ada")));
    }

    @Test
    void keepsAliasesAndIncludeDirectives() {
        Response response = skein.post("""
                query Two($withPrice: Boolean!) {
                  first: product(upc: "1") { title: name price @include(if: $withPrice) }
                  second: product(upc: "4") { title: name price @include(if: $withPrice) }
                  top: reviews(minRating: 5) @include(if: $withPrice) { id }
                }
                """, Map.of("withPrice", false));

        assertThat(response.errors()).isEmpty();
        assertThat(response.data()).isEqualTo(Map.of(
                "first", Map.of("title", "Table"),
                "second", Map.of("title", "Kettle")));
        assertThat(CATALOG.operations().get(0).variables()).isEqualTo(Map.of("withPrice", false));
    }

    @Test
    void sendsMutationsToUpstreamsOneAfterAnotherInDocumentOrder() {
        Response response = skein.post("""
                mutation {
                  setPrice(upc: "3", price: 4900) { upc price }
                  addReview(input: {productUpc: "3", body: "Comfortable.", rating: 4}) { productUpc rating author }
                }
                """);

        assertThat(response.errors()).isEmpty();
        assertThat(response.data()).isEqualTo(Map.of(
                "setPrice", Map.of("upc", "3", "price", 4900),
                "addReview", Map.of("productUpc", "3", "rating", 4, "author", "anonymous")));
        ReceivedRequest priceChange = CATALOG.operations().get(0);
        ReceivedRequest review = REVIEWS.operations().get(0);
        assertThat(priceChange.query()).startsWith("mutation");
        assertThat(review.query()).startsWith("mutation");
        assertThat(priceChange.sequence()).isLessThan(review.sequence());
    }

    @Test
    void refusesMutationsOverGet() {
        Response response = skein.get("mutation { setPrice(upc: \"1\", price: 1) { price } }");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("POST");
        assertThat(response.errors()).singleElement()
                .satisfies(error -> assertThat((String) error.get("message")).contains("POST"));
        assertThat(CATALOG.operations()).isEmpty();
    }

    @Test
    void answersQueriesOverGet() {
        Response response = skein.get("{ product(upc: \"2\") { name } review(id: \"r3\") { rating } }");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/graphql-response+json");
        assertThat(response.data()).isEqualTo(Map.of("product", Map.of("name", "Couch"), "review", Map.of("rating", 2)));
    }

    @Test
    void answersGetRequestsWhoseUrlHoldsUnencodedBracesAndQuotes() {
        assertThat(skein.rawGetStatus("query={product(upc:\"2\"){name}}")).isEqualTo(200);
        assertThat(CATALOG.operations()).singleElement()
                .satisfies(request -> assertThat(request.query()).contains("product(upc:\"2\")"));
    }

    @Test
    void sendsStaticHeadersAndForwardsOnlyConfiguredClientHeaders() {
        skein.post("{ products(first: 1) { upc } reviews { id } }", Map.of(),
                Map.of("Authorization", "Bearer t0k3n", "X-Request-Id", "req-42", "X-Other", "kept-here"));

        Map<String, String> catalogHeaders = CATALOG.operations().get(0).headers();
        assertThat(catalogHeaders).containsEntry("x-api-key", "catalog-secret").doesNotContainKey("authorization");
        Map<String, String> reviewsHeaders = REVIEWS.operations().get(0).headers();
        assertThat(reviewsHeaders)
                .containsEntry("authorization", "Bearer t0k3n")
                .containsEntry("x-request-id", "req-42")
                .doesNotContainKeys("x-other", "x-api-key");
    }

    @Test
    void degradesOnlyTheFieldsOfAnUpstreamThatIsDown() {
        REVIEWS.stop();
        try {
            Response response = skein.post("{ product(upc: \"1\") { name } latest: review(id: \"r1\") { body } }");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.data()).containsEntry("product", Map.of("name", "Table")).containsEntry("latest", null);
            assertThat(response.errors()).singleElement().satisfies(error -> {
                assertThat(error.get("path")).isEqualTo(List.of("latest"));
                assertThat(error.get("extensions")).isEqualTo(Map.of("code", "UPSTREAM_UNAVAILABLE", "upstream", "reviews"));
                assertThat((String) error.get("message")).doesNotContain("127.0.0.1");
            });
        } finally {
            REVIEWS.start();
        }
    }

    @Test
    void reportsAnUpstreamThatDoesNotAnswerInTime() {
        REVIEWS.delay(Duration.ofSeconds(3));
        try {
            Response response = skein.post("{ product(upc: \"4\") { name } review(id: \"r4\") { body } }");

            assertThat(response.data()).containsEntry("product", Map.of("name", "Kettle")).containsEntry("review", null);
            assertThat(response.errors()).singleElement().satisfies(error -> assertThat(error.get("extensions"))
                    .isEqualTo(Map.of("code", "UPSTREAM_TIMEOUT", "upstream", "reviews")));
        } finally {
            REVIEWS.delay(Duration.ZERO);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void passesUpstreamErrorsWithTheClientsPathAndTheUpstreamLabel() {
        Response response = skein.post("{ stock: inventory(upc: \"1\") { upc count: inStock place: warehouse } }");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.data()).isEqualTo(Map.of("stock", mapWithNull("upc", "1", "count", 7, "place")));
        assertThat(response.errors()).singleElement().satisfies(error -> {
            assertThat((String) error.get("message")).endsWith("warehouse system offline");
            assertThat(error.get("path")).isEqualTo(List.of("stock", "place"));
            assertThat((Map<String, Object>) error.get("extensions"))
                    .containsEntry("code", "WAREHOUSE_DOWN")
                    .containsEntry("upstream", "Inventory API");
        });
    }

    @Test
    void answersIntrospectionFromTheMergedSchemaWithoutAskingUpstreams() {
        Response response = skein.post("{ __schema { queryType { fields { name } } } }");

        assertThat(response.errors()).isEmpty();
        assertThat(response.body()).contains("\"products\"", "\"reviews\"", "\"inventory\"");
        assertThat(CATALOG.requests()).isEmpty();
        assertThat(REVIEWS.requests()).isEmpty();
        assertThat(INVENTORY.requests()).isEmpty();
    }

    @Test
    void rejectsInvalidOperationsWithoutCallingUpstreams() {
        Response parseError = skein.post("{ products { ");
        Response validationError = skein.post("{ products { noSuchField } }");

        assertThat(parseError.status()).isEqualTo(400);
        assertThat(parseError.json()).doesNotContainKey("data");
        assertThat(validationError.status()).isEqualTo(400);
        assertThat((String) validationError.errors().get(0).get("message")).contains("noSuchField");
        assertThat(CATALOG.requests()).isEmpty();
    }

    private static Map<String, Object> mapWithNull(String key1, Object value1, String key2, Object value2, String nullKey) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        map.put(nullKey, null);
        return map;
    }
}
