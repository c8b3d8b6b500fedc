package io.skein.testing;

import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The seed guide's relation examples as three upstreams: a checkout API that knows orders only by
 * id, a store that has the orders and products, and a reviews API keyed by product UPC.
 */
public final class ShopApis {

    public static final int CARTS = 50;

    private ShopApis() {
    }

    /**
     * {@code checkoutComplete} returns the order of checkout {@code c<n>} as {@code o<n>} (none for
     * {@code c0}); cart {@code n} holds orders {@code o<n>} and {@code o<n+1>}, and no order for the
     * last cart's second entry.
     */
    public static GraphQL checkout() {
        String sdl = """
                type Query { carts: [Cart!]! }
                type Mutation { checkoutComplete(checkoutId: ID!): CheckoutComplete! }
                type CheckoutComplete { order: Order errors: [String!] }
                type Cart { id: ID! orders: [Order] }
                type Order { id: ID! }
                """;
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Mutation", type -> type.dataFetcher("checkoutComplete", environment -> {
                    String id = environment.<String>getArgument("checkoutId").substring(1);
                    return map("order", "0".equals(id) ? null : Map.of("id", "o" + id), "errors", List.of());
                }))
                .type("Query", type -> type.dataFetcher("carts", environment -> IntStream.range(0, CARTS)
                        .mapToObj(ShopApis::cart)
                        .toList()))
                .build();
        return build(sdl, wiring);
    }

    private static Map<String, Object> cart(int number) {
        List<Object> orders = new ArrayList<>();
        orders.add(Map.of("id", "o" + number));
        orders.add(number == CARTS - 1 ? null : Map.of("id", "o" + (number + 1)));
        return map("id", String.valueOf(number), "orders", orders);
    }

    /**
     * Orders {@code o<n>} of customer {@code Customer <n>} and total {@code n}; order
     * {@code o13} fails with an error; products {@code p1} and {@code p2}.
     */
    public static GraphQL store() {
        String sdl = """
                type Query {
                  order(id: ID!): Order
                  ordersByIds(ids: [ID!]!): [Order]!
                  products: [Product!]!
                  featured: Product
                  bestseller: Product
                  broken: String
                }
                type Order { id: ID! customer: String! total: Int! }
                type Product { upc: String! name: String! imageUrl: String! metadata: Metadata }
                type Metadata { thumb: String! }
                """;
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("order", environment -> order(environment.getArgument("id")))
                        .dataFetcher("ordersByIds", environment -> environment.<List<String>>getArgument("ids").stream()
                                .map(id -> order(id).getData()).toList())
                        .dataFetcher("products", environment -> List.of(product("p1", "Chair"), product("p2", "Table")))
                        .dataFetcher("featured", environment -> product("p2", "Table"))
                        .dataFetcher("bestseller", environment -> product("p1", "Chair"))
                        .dataFetcher("broken", environment -> "never proxied"))
                .build();
        return build(sdl, wiring);
    }

    private static DataFetcherResult<Object> order(String id) {
        if ("o13".equals(id)) {
            return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError().message("Order o13 is archived").build()).build();
        }
        int number = Integer.parseInt(id.substring(1));
        return DataFetcherResult.newResult().data(map("id", id, "customer", "Customer " + number, "total", number)).build();
    }

    private static Map<String, Object> product(String upc, String name) {
        return map("upc", upc, "name", name, "imageUrl", "https://img.example.com/" + upc + ".jpg?auto=format",
                "metadata", Map.of("thumb", "https://img.example.com/" + upc + "-thumb.jpg"));
    }

    /**
     * Two reviews of every product asked for.
     */
    public static GraphQL reviews() {
        String sdl = """
                type Query { reviewsByProductUpcs(upcs: [String!]!): [Review!]! }
                type Review { body: String! productUpc: String! }
                """;
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("reviewsByProductUpcs", environment -> environment.<List<String>>getArgument("upcs")
                        .stream()
                        .flatMap(upc -> List.of(map("productUpc", upc, "body", upc + " is sturdy"),
                                map("productUpc", upc, "body", upc + " is pricey")).stream())
                        .toList()))
                .build();
        return build(sdl, wiring);
    }

    private static GraphQL build(String sdl, RuntimeWiring wiring) {
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring)).build();
    }

    private static Map<String, Object> map(Object... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }
}
