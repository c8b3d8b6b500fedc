package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.it.relations.ShopResolvers;
import io.skein.testing.GraphQLHttp;
import io.skein.testing.GraphQLHttp.Response;
import io.skein.testing.ShopApis;
import io.skein.testing.SkeinDeployment;
import io.skein.testing.TestUpstream;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seed guide's relation examples configured with MicroProfile Config alone (plus one CDI
 * resolver bean), on Liberty against three real upstreams.
 */
@ExtendWith(ArquillianExtension.class)
class RelationsIT {

    private static final TestUpstream CHECKOUT = TestUpstream.start(ShopApis.checkout());
    private static final TestUpstream STORE = TestUpstream.start(ShopApis.store());
    private static final TestUpstream REVIEWS = TestUpstream.start(ShopApis.reviews());

    private static final String LOCAL_SDL = """
            extend type Product { image: String }
            type Greeting { text: String! requestedBy: String! }
            extend type Query { greeting(name: String!): Greeting }
            """;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = new java.util.LinkedHashMap<>();
        config.put("skein.upstreams", "checkout,store,reviews");
        config.put("skein.upstream.checkout.url", CHECKOUT.url());
        config.put("skein.upstream.store.url", STORE.url());
        config.put("skein.upstream.reviews.url", REVIEWS.url());
        config.put("skein.local-schemas", "classpath:relations/shop.graphqls");
        config.put("skein.foreign-keys", "order,cartorders");
        config.put("skein.foreign-key.order.field", "CheckoutComplete.order");
        config.put("skein.foreign-key.order.on", "id");
        config.put("skein.foreign-key.order.upstream", "store");
        config.put("skein.foreign-key.order.query", "query GetOrder($id: ID!) { order(id: $id) { __FIELDS } }");
        config.put("skein.foreign-key.cartorders.field", "Cart.orders");
        config.put("skein.foreign-key.cartorders.on", "id");
        config.put("skein.foreign-key.cartorders.upstream", "store");
        config.put("skein.foreign-key.cartorders.query", "query GetOrder($id: ID!) { order(id: $id) { __FIELDS } }");
        config.put("skein.foreign-key.cartorders.batch-query", "query Orders($ids: [ID!]!) { ordersByIds(ids: $ids) { __FIELDS } }");
        config.put("skein.joins", "reviews");
        config.put("skein.join.reviews.field", "Product.reviews");
        config.put("skein.join.reviews.definition", "reviews: [Review!]!");
        config.put("skein.join.reviews.key", "upc");
        config.put("skein.join.reviews.upstream", "reviews");
        config.put("skein.join.reviews.batch-query", "query($upcs: [String!]!) { reviewsByProductUpcs(upcs: $upcs) { __FIELDS } }");
        config.put("skein.join.reviews.match", "productUpc");
        config.put("skein.inserted-fields", "thumbnail");
        config.put("skein.inserted-field.thumbnail.type", "Product");
        config.put("skein.inserted-field.thumbnail.definition", "thumbnailUrl(w: Int, h: Int): String!");
        config.put("skein.inserted-field.thumbnail.resolver", "query-params");
        config.put("skein.inserted-field.thumbnail.url", "imageUrl");
        config.put("skein.inserted-field.thumbnail.params", "h=128,w=128,fit=min");
        config.put("skein.field-dependencies", "image");
        config.put("skein.field-dependency.image.upstream", "store");
        config.put("skein.field-dependency.image.field", "Product.image");
        config.put("skein.field-dependency.image.query", "{ metadata { thumb } }");
        config.put("skein.proxied-fields", "featured,bestseller,broken");
        config.put("skein.proxied-field.featured.field", "Query.featured");
        config.put("skein.proxied-field.featured.upstream", "store");
        config.put("skein.proxied-field.featured.forward-headers", "true");
        config.put("skein.proxied-field.bestseller.field", "Query.bestseller");
        config.put("skein.proxied-field.bestseller.url", STORE.url());
        config.put("skein.proxied-field.bestseller.forward-headers", "x-tenant");
        config.put("skein.proxied-field.broken.field", "Query.broken");
        config.put("skein.proxied-field.broken.url", "http://127.0.0.1:" + System.getProperty("it.http.port", "9181") + "/no-graphql-here");
        return SkeinDeployment.withConfig(config)
                .addAsResource(new StringAsset(LOCAL_SDL), "relations/shop.graphqls")
                .addClasses(ShopResolvers.class, ShopResolvers.Greeting.class);
    }

    @AfterAll
    static void stopUpstreams() {
        CHECKOUT.stop();
        STORE.stop();
        REVIEWS.stop();
    }

    @BeforeEach
    void ready() {
        new GraphQLHttp(base).awaitReady(Duration.ofSeconds(60));
        STORE.clear();
        REVIEWS.clear();
        CHECKOUT.clear();
    }

    @Test
    void seedCheckoutExampleFetchesTheOrderFromTheStore() {
        Response response = new GraphQLHttp(base).post("""
                mutation CompleteCheckout { checkoutComplete(checkoutId: "c7") { order { id customer total } errors } }
                """);

        assertThat(response.errors()).isEmpty();
        assertThat(response.data()).isEqualTo(Map.of("checkoutComplete", Map.of(
                "order", Map.of("id", "o7", "customer", "Customer 7", "total", 7), "errors", List.of())));
        assertThat(CHECKOUT.operations()).singleElement().satisfies(request -> assertThat(request.query())
                .contains("order{id}").doesNotContain("customer"));
        assertThat(STORE.operations()).singleElement().satisfies(request -> assertThat(request.query()).contains("GetOrder"));
    }

    @Test
    void nullForeignKeyGivesNullWithoutALookup() {
        Response response = new GraphQLHttp(base).post("mutation { checkoutComplete(checkoutId: \"c0\") { order { customer } } }");

        assertThat(response.errors()).isEmpty();
        assertThat(response.data()).isEqualTo(Map.of("checkoutComplete", mapWithNull("order")));
        assertThat(STORE.operations()).isEmpty();
    }

    @Test
    void listForeignKeyOverFiftyParentsReachesTheStoreInOneRequest() {
        Response response = new GraphQLHttp(base).post("{ carts { id orders { id customer } } }");

        List<?> carts = (List<?>) response.data().get("carts");
        assertThat(carts).hasSize(ShopApis.CARTS);
        assertThat(carts.get(2)).isEqualTo(Map.of("id", "2", "orders", List.of(Map.of("id", "o2", "customer", "Customer 2"),
                Map.of("id", "o3", "customer", "Customer 3"))));
        assertThat(((Map<?, ?>) carts.get(ShopApis.CARTS - 1)).get("orders")).asList().containsExactly(
                Map.of("id", "o49", "customer", "Customer 49"), null);
        assertThat(STORE.operations()).singleElement().satisfies(request -> {
            assertThat(request.query()).contains("ordersByIds");
            assertThat(request.variables().values()).singleElement().asList().hasSize(ShopApis.CARTS);
        });
    }

    @Test
    void foreignKeyLookupErrorIsReportedAtItsItem() {
        Response response = new GraphQLHttp(base).post("mutation { checkoutComplete(checkoutId: \"c13\") { order { customer } } }");

        assertThat(response.errors()).singleElement().satisfies(error -> {
            assertThat(error.get("message")).isEqualTo("Order o13 is archived");
            assertThat(error.get("path")).isEqualTo(List.of("checkoutComplete", "order"));
            assertThat(((Map<?, ?>) error.get("extensions")).get("upstream")).isEqualTo("store");
        });
    }

    @Test
    void productReviewsAreJoinedInOneRequest() {
        Response response = new GraphQLHttp(base).post("{ products { name reviews { body } } }");

        assertThat(response.errors()).isEmpty();
        assertThat(response.data().get("products")).isEqualTo(List.of(
                Map.of("name", "Chair", "reviews", List.of(Map.of("body", "p1 is sturdy"), Map.of("body", "p1 is pricey"))),
                Map.of("name", "Table", "reviews", List.of(Map.of("body", "p2 is sturdy"), Map.of("body", "p2 is pricey")))));
        assertThat(REVIEWS.operations()).hasSize(1);
        assertThat(STORE.operations()).singleElement().satisfies(request -> assertThat(request.query()).contains("upc"));
    }

    @Test
    void thumbnailUrlWithAndWithoutArguments() {
        Response response = new GraphQLHttp(base).post("""
                { featured { imageUrl thumbnailUrl small: thumbnailUrl(w: 32, h: 32) } products { thumbnailUrl } }
                """);

        assertThat(response.errors()).isEmpty();
        assertThat(response.data().get("featured")).isEqualTo(Map.of(
                "imageUrl", "https://img.example.com/p2.jpg?auto=format",
                "thumbnailUrl", "https://img.example.com/p2.jpg?auto=format&h=128&w=128&fit=min",
                "small", "https://img.example.com/p2.jpg?auto=format&h=32&w=32&fit=min"));
        assertThat(response.data().get("products")).asList().first()
                .isEqualTo(Map.of("thumbnailUrl", "https://img.example.com/p1.jpg?auto=format&h=128&w=128&fit=min"));
    }

    @Test
    void fieldDependenciesFeedACdiResolverOfALocalSchemaField() {
        Response response = new GraphQLHttp(base).post("{ products { name image } greeting(name: \"Ada\") { text requestedBy } }",
                Map.of(), Map.of("X-User", "ada"));

        assertThat(response.errors()).isEmpty();
        assertThat(response.data().get("products")).isEqualTo(List.of(
                Map.of("name", "Chair", "image", "https://img.example.com/p1-thumb.jpg"),
                Map.of("name", "Table", "image", "https://img.example.com/p2-thumb.jpg")));
        assertThat(response.data().get("greeting")).isEqualTo(Map.of("text", "Hello, Ada!", "requestedBy", "ada"));
        assertThat(STORE.operations()).singleElement().satisfies(request -> assertThat(request.query()).contains("metadata{thumb}"));
    }

    @Test
    void proxiedFieldsForwardTheHeadersTheirRuleNames() {
        Response response = new GraphQLHttp(base).post("query Pick($u: Boolean!) { featured { upc @include(if: $u) name } }",
                Map.of("u", true), Map.of("Authorization", "Bearer abc", "X-Tenant", "acme"));

        assertThat(response.errors()).isEmpty();
        assertThat(response.data()).isEqualTo(Map.of("featured", Map.of("upc", "p2", "name", "Table")));
        assertThat(STORE.operations()).singleElement().satisfies(request -> {
            assertThat(request.query()).startsWith("query Pick($u:Boolean!)").contains("featured");
            assertThat(request.headers()).containsEntry("authorization", "Bearer abc").doesNotContainKey("x-tenant");
        });

        STORE.clear();
        Response byUrl = new GraphQLHttp(base).post("{ bestseller { name } }", Map.of(),
                Map.of("Authorization", "Bearer abc", "X-Tenant", "acme"));

        assertThat(byUrl.data()).isEqualTo(Map.of("bestseller", Map.of("name", "Chair")));
        assertThat(STORE.operations()).singleElement().satisfies(request -> assertThat(request.headers())
                .containsEntry("x-tenant", "acme").doesNotContainKey("authorization"));
    }

    @Test
    void proxiedFieldErrorHoldsTheUpstreamStatusAndBody() {
        Response response = new GraphQLHttp(base).post("{ broken products { name } }");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.data()).containsEntry("broken", null).containsKey("products");
        assertThat(response.errors()).singleElement().satisfies(error -> {
            assertThat(error.get("path")).isEqualTo(List.of("broken"));
            Map<?, ?> extensions = (Map<?, ?>) error.get("extensions");
            assertThat(extensions.get("code")).isEqualTo("UPSTREAM_BAD_RESPONSE");
            assertThat(extensions.get("status")).isEqualTo(404);
            assertThat(extensions.get("body")).isNotNull();
        });
    }

    private static Map<String, Object> mapWithNull(String key) {
        Map<String, Object> map = new java.util.HashMap<>();
        map.put(key, null);
        return map;
    }
}
