package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.demo.DemoApis;
import io.skein.testing.GraphQLHttp;
import io.skein.testing.GraphQLHttp.Response;
import io.skein.testing.InventoryApi;
import io.skein.testing.SkeinDeployment;
import io.skein.testing.TestUpstream;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Per-upstream schema filters, configured by keys, shape the merged graph on Liberty.
 */
@ExtendWith(ArquillianExtension.class)
class FilteringIT {

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
                "skein.upstream.catalog.exclude-types", "Category",
                "skein.upstream.catalog.extra-fields", "Product.weight",
                "skein.upstream.catalog.exclude-args", "Query.products.first",
                "skein.upstream.reviews.url", REVIEWS.url(),
                "skein.upstream.reviews.queries", "reviews",
                "skein.upstream.inventory.url", INVENTORY.url(),
                "skein.upstream.inventory.exclude-fields", "Inventory.inStock",
                "skein.upstream.inventory.proxy-errors", "false"));
    }

    @AfterAll
    static void stopUpstreams() {
        CATALOG.stop();
        REVIEWS.stop();
        INVENTORY.stop();
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
    void servesOnlyWhatTheFiltersKeep() {
        Response response = skein.post("""
                { __schema { types { name fields { name args { name } } possibleTypes { name } } } }
                """);

        assertThat(response.errors()).isEmpty();
        Map<String, Map<String, Object>> types = typesByName(response);
        assertThat(names(types.get("Product"), "fields")).containsExactlyInAnyOrder("upc", "name", "price");
        assertThat(types).doesNotContainKey("Category");
        assertThat(names(types.get("SearchResult"), "possibleTypes")).containsExactly("Product");
        assertThat(names(types.get("Inventory"), "fields")).containsExactlyInAnyOrder("upc", "warehouse");
        assertThat(names(types.get("Query"), "fields")).containsExactlyInAnyOrder("products", "product", "search", "reviews", "inventory");
        assertThat(names(types.get("Mutation"), "fields")).containsExactly("setPrice");
        assertThat(types.get("Query").toString()).doesNotContain("name=first");
    }

    @Test
    void queriesExtraFieldsFromTheirUpstreamWithoutShowingThemToClients() {
        Response response = skein.post("{ products { name } }");

        assertThat(response.errors()).isEmpty();
        assertThat(response.data().get("products")).isEqualTo(List.of(
                Map.of("name", "Table"), Map.of("name", "Couch"), Map.of("name", "Chair"), Map.of("name", "Kettle")));
        assertThat(CATALOG.operations()).singleElement()
                .satisfies(request -> assertThat(request.query()).contains("weight"));
    }

    @Test
    void rejectsWhatTheFiltersRemovedWithoutAskingUpstreams() {
        Response response = skein.post("{ review(id: \"r1\") { body } }");

        assertThat(response.status()).isEqualTo(400);
        assertThat((String) response.errors().get(0).get("message")).contains("review");
        assertThat(REVIEWS.operations()).isEmpty();
    }

    @Test
    void keepsTheErrorsOfAnUpstreamWithProxyErrorsOff() {
        Response response = skein.post("{ inventory(upc: \"3\") { upc warehouse } }");

        assertThat(response.json()).doesNotContainKey("errors");
        assertThat(response.data()).isEqualTo(Map.of("inventory", mapWithNullWarehouse("3")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> typesByName(Response response) {
        Map<String, Map<String, Object>> types = new LinkedHashMap<>();
        List<Map<String, Object>> all = (List<Map<String, Object>>) ((Map<String, Object>) response.data().get("__schema")).get("types");
        all.forEach(type -> types.put((String) type.get("name"), type));
        return types;
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Object type, String list) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) type).get(list)).stream()
                .map(item -> (String) item.get("name"))
                .toList();
    }

    private static Map<String, Object> mapWithNullWarehouse(String upc) {
        Map<String, Object> inventory = new LinkedHashMap<>();
        inventory.put("upc", upc);
        inventory.put("warehouse", null);
        return inventory;
    }
}
