package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.demo.DemoApis;
import io.skein.testing.GraphQLHttp;
import io.skein.testing.GraphQLHttp.Response;
import io.skein.testing.ShelfApi;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Merge rules and query splitting on Liberty with an upstream that has interfaces, nested inputs,
 * enums, a custom directive and a subscription root, and shares a type with the catalog.
 */
@ExtendWith(ArquillianExtension.class)
class MergeRulesIT {

    private static final TestUpstream CATALOG = TestUpstream.start(DemoApis.catalog());
    private static final TestUpstream SHELF = TestUpstream.start(ShelfApi.create());

    @ArquillianResource
    private URL base;

    private GraphQLHttp skein;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SkeinDeployment.withConfig(Map.of(
                "skein.upstreams", "catalog,shelf",
                "skein.upstream.catalog.url", CATALOG.url(),
                "skein.upstream.catalog.mutations", "setPrice",
                "skein.upstream.catalog.queries", "products,product",
                "skein.upstream.shelf.url", SHELF.url(),
                "skein.upstream.shelf.exclude-directive-args", "audit.level",
                "skein.upstream.shelf.exclude-directives", "cacheHint",
                "skein.upstream.shelf.proxy-extensions", "false"));
    }

    @AfterAll
    static void stopUpstreams() {
        CATALOG.stop();
        SHELF.stop();
    }

    @AfterEach
    void noExtensions() {
        CATALOG.extensions(Map.of());
        SHELF.extensions(Map.of());
    }

    @BeforeEach
    void ready() {
        skein = new GraphQLHttp(base);
        skein.awaitReady(Duration.ofSeconds(60));
        CATALOG.clear();
        SHELF.clear();
    }

    @Test
    @SuppressWarnings("unchecked")
    void mergesSameNamedTypesAndKeepsDirectivesAndTheSubscriptionRoot() {
        Response response = skein.post("""
                {
                  __schema {
                    subscriptionType { name }
                    directives { name args { name } }
                    types { name fields { name } }
                  }
                }
                """);

        assertThat(response.errors()).isEmpty();
        Map<String, Object> schema = (Map<String, Object>) response.data().get("__schema");
        assertThat(schema.get("subscriptionType")).isEqualTo(Map.of("name", "Subscription"));
        assertThat((List<Map<String, Object>>) schema.get("directives"))
                .contains(Map.of("name", "audit", "args", List.of()))
                .noneSatisfy(directive -> assertThat(directive.get("name")).isEqualTo("cacheHint"));
        assertThat(fieldNames(schema, "Product")).containsExactlyInAnyOrder("upc", "name", "price", "weight", "category", "shelfCount");
        assertThat(fieldNames(schema, "Subscription")).containsExactly("shelved");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fieldNames(Map<String, Object> schema, String typeName) {
        Map<String, Object> type = ((List<Map<String, Object>>) schema.get("types")).stream()
                .filter(candidate -> typeName.equals(candidate.get("name"))).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) type.get("fields")).stream().map(field -> field.get("name")).toList();
    }

    @Test
    void sendsEachUpstreamOnlyItsOwnFieldsOfASharedType() {
        CATALOG.extensions(Map.of("cost", 2));
        SHELF.extensions(Map.of("cost", 5));
        Response response = skein.post("""
                { product(upc: "1") { upc name } shelfProduct(upc: "1") { upc shelfCount } }
                """);

        assertThat(response.errors()).isEmpty();
        assertThat(response.data()).isEqualTo(Map.of(
                "product", Map.of("upc", "1", "name", "Table"),
                "shelfProduct", Map.of("upc", "1", "shelfCount", 3)));
        assertThat(response.json().get("extensions")).as("shelf has proxy-extensions=false").isEqualTo(Map.of("catalog", Map.of("cost", 2)));
        assertThat(CATALOG.operations().get(0).query()).doesNotContain("shelfCount");
        assertThat(SHELF.operations().get(0).query()).doesNotContain("name");
    }

    @Test
    void resolvesFragmentsOnInterfacesWithVariablesInNestedInputsAndDirectives() {
        Response response = skein.post("""
                query Shelf($kind: Kind!, $text: String, $withPages: Boolean!, $withFilms: Boolean!) {
                  shelf(filter: { kinds: [$kind, FILM], title: { contains: $text } }) {
                    __typename
                    id
                    ...BookFields @include(if: $withPages)
                    ... on Film @skip(if: $withFilms) { minutes }
                  }
                  products(first: 1) { name }
                }
                fragment BookFields on Book { pages }
                """, Map.of("kind", "BOOK", "text", "dune", "withPages", true, "withFilms", true));

        assertThat(response.errors()).isEmpty();
        assertThat(response.data().get("shelf")).isEqualTo(List.of(
                Map.of("__typename", "Book", "id", "b1", "pages", 412),
                Map.of("__typename", "Film", "id", "f1")));
        assertThat(SHELF.operations()).singleElement().satisfies(request -> {
            assertThat(request.variables()).isEqualTo(Map.of("kind", "BOOK", "text", "dune", "withPages", true, "withFilms", true));
            assertThat(request.query()).contains("...on Book@include(if:$withPages)").doesNotContain("fragment");
        });
        assertThat(CATALOG.operations().get(0).variables()).isEmpty();
    }

    @Test
    void keepsOnlyTheConfiguredRootFieldsOfAnUpstream() {
        Response search = skein.post("{ search(text: \"a\") { __typename } }");
        Response mutation = skein.post("mutation { shelve(title: \"Heat\", kind: FILM) { id title } }");

        assertThat(search.status()).isEqualTo(400);
        assertThat(mutation.errors()).isEmpty();
        assertThat(mutation.data()).isEqualTo(Map.of("shelve", new LinkedHashMap<>(Map.of("id", "new", "title", "Heat"))));
        assertThat(CATALOG.operations()).isEmpty();
    }
}
