package io.skein.relation;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.skein.config.UpstreamConfig;
import io.skein.execution.LocalSchemaClient;
import io.skein.execution.ProxyGraph;
import io.skein.execution.ProxyRequest;
import io.skein.execution.RequestHeaders;
import io.skein.execution.UpstreamClient;
import io.skein.execution.UpstreamRequest;
import io.skein.execution.UpstreamResponse;
import io.skein.schema.MergedSchema;
import io.skein.schema.SchemaMerger;
import io.skein.schema.SchemaSources;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Relations over upstreams run in-process (answering asynchronously, as HTTP ones do): every
 * operation the proxy generates is executed by a real graphql-java schema, so it must be valid.
 */
class RelationGraphTest {

    private static final String CHECKOUT = """
            type Query { carts: [Cart!]! }
            type Mutation { checkoutComplete(checkoutId: ID!): CheckoutComplete! }
            type CheckoutComplete { order: Order errors: [String!] }
            type Cart { id: ID! orders: [Order] }
            type Order { id: ID! }
            """;

    private static final String STORE = """
            type Query {
              order(id: ID!): Order
              ordersByIds(ids: [ID!]!): [Order]!
              products: [Product!]!
            }
            type Order { id: ID! customer: String! total(currency: String): Int! }
            type Product { upc: String! name: String! imageUrl: String! }
            """;

    private static final String REVIEWS = """
            type Query { reviewsByProductUpcs(upcs: [String!]!): [Review!]! }
            type Review { body: String! productUpc: String! }
            """;

    private final List<UpstreamRequest> sent = new CopyOnWriteArrayList<>();
    private final RelationSpecs relations = new RelationSpecs();

    @Test
    void foreignKeyOfTheSeedGuideFetchesTheOrderFromTheStore() {
        relations.addForeignKey("CheckoutComplete", "order", List.of("id"));
        relations.setResolver("CheckoutComplete", "order", ForeignKeyResolver.newForeignKeyResolver("store")
                .query("query GetOrder($id: ID!) { order(id: $id) { __FIELDS } }").build());

        Map<String, Object> data = data(execute("mutation { checkoutComplete(checkoutId: \"c7\") { order { id customer } errors } }"));

        assertThat(data).isEqualTo(Map.of("checkoutComplete", mapOf("order", mapOf("id", "o7", "customer", "Customer o7"),
                "errors", List.of())));
        assertThat(sentTo("checkout")).singleElement().satisfies(request -> assertThat(request.query())
                .contains("order{id}").doesNotContain("customer"));
        assertThat(sentTo("store")).singleElement().satisfies(request -> assertThat(request.query()).contains("GetOrder"));
    }

    @Test
    void listForeignKeyOverFiftyParentsReachesTheStoreInOneRequest() {
        relations.addForeignKey("Cart", "orders", List.of("id"));
        relations.setResolver("Cart", "orders", ForeignKeyResolver.newForeignKeyResolver("store")
                .query("query GetOrder($id: ID!) { order(id: $id) { __FIELDS } }").build());

        ExecutionResult result = execute("query($c: String) { carts { id orders { customer total(currency: $c) } } }",
                Map.of("c", "EUR"));

        assertThat(result.getErrors()).isEmpty();
        List<?> carts = (List<?>) data(result).get("carts");
        assertThat(carts).hasSize(50);
        assertThat(carts.get(3)).isEqualTo(mapOf("id", "3", "orders", List.of(mapOf("customer", "Customer o3", "total", 3),
                mapOf("customer", "Customer o4", "total", 4))));
        assertThat(sentTo("store")).hasSize(1);
    }

    @Test
    void batchQueryMatchesResultsToParentsByKey() {
        relations.addForeignKey("Cart", "orders", List.of("id"));
        relations.setResolver("Cart", "orders", ForeignKeyResolver.newForeignKeyResolver("store")
                .batchQuery("query($ids: [ID!]!) { ordersByIds(ids: $ids) { __FIELDS } }").build());

        ExecutionResult result = execute("{ carts { orders { customer } } }", Map.of());

        assertThat(result.getErrors()).isEmpty();
        List<?> carts = (List<?>) data(result).get("carts");
        assertThat(carts.get(49)).isEqualTo(mapOf("orders", List.of(mapOf("customer", "Customer o49"), mapOf("customer",
                "Customer o50"))));
        assertThat(sentTo("store")).singleElement().satisfies(request -> assertThat(request.query()).contains("ordersByIds"));
    }

    @Test
    void joinCollectsEveryMatchingReviewInOneRequest() {
        relations.insertField("Product", "reviews: [Review!]!");
        relations.setResolver("Product", "reviews", JoinResolver.newJoinResolver("reviews",
                "query($upcs: [String!]!) { reviewsByProductUpcs(upcs: $upcs) { __FIELDS } }").key("upc").match("productUpc").build());

        ExecutionResult result = execute("{ products { name reviews { body } } }", Map.of());

        assertThat(result.getErrors()).isEmpty();
        assertThat(data(result).get("products")).isEqualTo(List.of(
                mapOf("name", "Chair", "reviews", List.of(mapOf("body", "p1 is fine"), mapOf("body", "p1 again"))),
                mapOf("name", "Table", "reviews", List.of(mapOf("body", "p2 is fine"), mapOf("body", "p2 again")))));
        assertThat(sentTo("reviews")).hasSize(1);
        assertThat(sentTo("store")).singleElement().satisfies(request -> assertThat(request.query()).contains("upc"));
    }

    @Test
    void insertedQueryParamsFieldFetchesTheUrlItReads() {
        relations.insertField("Product", "thumbnailUrl(w: Int, h: Int): String!");
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("h", 128);
        defaults.put("w", 128);
        defaults.put("fit", "min");
        relations.setResolver("Product", "thumbnailUrl", QueryParamsResolver.fromPath("imageUrl", defaults));

        ExecutionResult result = execute("{ products { thumbnailUrl small: thumbnailUrl(w: 32, h: 32) } }", Map.of());

        assertThat(result.getErrors()).isEmpty();
        assertThat(((List<?>) data(result).get("products")).get(0)).isEqualTo(mapOf(
                "thumbnailUrl", "https://img.example.com/p1.jpg?h=128&w=128&fit=min",
                "small", "https://img.example.com/p1.jpg?h=32&w=32&fit=min"));
    }

    @Test
    void localResolverReturnsObjectsReadByFieldName() {
        relations.addLocalSchema("test", "extend type Query { greeting: Greeting } type Greeting { text: String! }");
        graphql.schema.DataFetcher<Object> greeting = environment -> CompletableFuture.completedFuture(new Greeting("hello"));
        relations.setResolver("Query", "greeting", greeting);

        ExecutionResult result = execute("{ hi: greeting { words: text } products { name } }", Map.of());

        assertThat(result.getErrors()).isEmpty();
        assertThat(data(result).get("hi")).isEqualTo(Map.of("words", "hello"));
    }

    @Test
    void delayedFieldIsNotSentAndItsResolverSuppliesIt() {
        relations.addDelayedField("Product", "name");
        graphql.schema.DataFetcher<Object> name = environment -> "Named " + ((Map<?, ?>) environment.getSource()).get("upc");
        relations.setResolver("Product", "name", name);

        ExecutionResult result = execute("{ products { name } }", Map.of());

        assertThat(((List<?>) data(result).get("products")).get(0)).isEqualTo(Map.of("name", "Named null"));
        assertThat(sentTo("store")).singleElement().satisfies(request -> assertThat(request.query()).isEqualTo("{products{__typename}}"));
    }

    @Test
    void delayedFieldWithoutResolverFailsTheBuild() {
        relations.addDelayedField("Product", "name");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute("{ products { name } }", Map.of()))
                .isInstanceOf(io.skein.schema.SchemaMergeException.class)
                .hasMessageContaining("Product.name is delayed but has no resolver");
    }

    @Test
    void fieldDependencyOnAnUnknownTypeOfTheUpstreamFailsTheBuild() {
        relations.addLocalSchema("test", "type Widget { size: Int }");
        relations.addFieldDependencies("store", "Widget", "size", "{ upc }");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute("{ products { name } }", Map.of()))
                .hasMessageContaining("Type 'Widget' doesn't exist in upstream 'store'.");
    }

    record Greeting(String text) {
    }

    private ExecutionResult execute(String query) {
        return execute(query, Map.of());
    }

    private ExecutionResult execute(String query, Map<String, Object> variables) {
        Map<String, GraphQLSchema> schemas = new LinkedHashMap<>();
        schemas.put("checkout", checkout());
        schemas.put("store", store());
        schemas.put("reviews", reviews());
        List<io.skein.schema.UpstreamSchema> upstreams = new ArrayList<>();
        schemas.forEach((name, schema) -> upstreams.add(SchemaSources.fromSdl(UpstreamConfig.of(name, URI.create("http://" + name)),
                sdl(name))));
        MergedSchema merged = SchemaMerger.merge(upstreams);
        UpstreamClient inProcess = new LocalSchemaClient(schemas, request -> CompletableFuture.failedFuture(new IllegalStateException()));
        UpstreamClient client = request -> {
            sent.add(request);
            return CompletableFuture.supplyAsync(() -> null).thenCompose(ignored -> inProcess.execute(request));
        };
        ProxyGraph graph = ProxyGraph.create(merged, client, 100, relations);
        return graph.execute(new ProxyRequest(query, null, variables, Map.of(), RequestHeaders.NONE)).join();
    }

    private static String sdl(String name) {
        return switch (name) {
            case "checkout" -> CHECKOUT;
            case "store" -> STORE;
            default -> REVIEWS;
        };
    }

    private static GraphQLSchema checkout() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Mutation", type -> type.dataFetcher("checkoutComplete", environment -> mapOf(
                        "order", Map.of("id", "o" + ((String) environment.getArgument("checkoutId")).substring(1)), "errors", List.of())))
                .type("Query", type -> type.dataFetcher("carts", environment -> IntStream.range(0, 50)
                        .mapToObj(i -> mapOf("id", String.valueOf(i), "orders", List.of(Map.of("id", "o" + i), Map.of("id", "o" + (i + 1)))))
                        .toList()))
                .build();
        return schema(CHECKOUT, wiring);
    }

    private static GraphQLSchema store() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("order", environment -> order(environment.getArgument("id")))
                        .dataFetcher("ordersByIds", environment -> reversed((List<?>) environment.getArgument("ids")).stream()
                                .map(id -> order((String) id)).toList())
                        .dataFetcher("products", environment -> List.of(
                                Map.of("upc", "p1", "name", "Chair", "imageUrl", "https://img.example.com/p1.jpg"),
                                Map.of("upc", "p2", "name", "Table", "imageUrl", "https://img.example.com/p2.jpg"))))
                .type("Order", type -> type.dataFetcher("total", environment -> Integer.parseInt(
                        ((Map<?, ?>) environment.getSource()).get("id").toString().substring(1))))
                .build();
        return schema(STORE, wiring);
    }

    private static List<Object> reversed(List<?> items) {
        List<Object> reversed = new ArrayList<>(items);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static Map<String, Object> order(String id) {
        return mapOf("id", id, "customer", "Customer " + id);
    }

    private static GraphQLSchema reviews() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("reviewsByProductUpcs", environment -> ((List<?>) environment.getArgument("upcs"))
                        .stream()
                        .flatMap(upc -> List.of(Map.of("productUpc", upc, "body", upc + " is fine"),
                                Map.of("productUpc", upc, "body", upc + " again")).stream())
                        .toList()))
                .build();
        return schema(REVIEWS, wiring);
    }

    private static GraphQLSchema schema(String sdl, RuntimeWiring wiring) {
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
    }

    private List<UpstreamRequest> sentTo(String upstream) {
        return sent.stream().filter(request -> request.upstream().name().equals(upstream)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(ExecutionResult result) {
        assertThat(result.getErrors()).isEmpty();
        return (Map<String, Object>) result.getData();
    }

    private static Map<String, Object> mapOf(Object... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }
}
