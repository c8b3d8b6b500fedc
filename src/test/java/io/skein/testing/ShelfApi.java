package io.skein.testing;

import graphql.GraphQL;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A test upstream with an interface, nested input objects, an enum, a custom directive, a
 * mutation and a subscription root, and a {@code Product} type that the demo catalog defines too.
 */
public final class ShelfApi {

    private static final String SDL = """
            directive @audit(level: Int) on FIELD_DEFINITION
            directive @cacheHint(maxAge: Int) on OBJECT
            interface Item { id: ID! title: String! }
            type Book implements Item @cacheHint(maxAge: 60) { id: ID! title: String! pages: Int }
            type Film implements Item { id: ID! title: String! minutes: Int }
            enum Kind { BOOK FILM }
            input TitleMatch { contains: String }
            input ShelfFilter { kinds: [Kind!] title: TitleMatch }
            type Product { upc: ID! shelfCount: Int }
            type Query {
              shelf(filter: ShelfFilter): [Item!]! @audit(level: 1)
              shelfProduct(upc: ID!): Product
            }
            type Mutation { shelve(title: String!, kind: Kind!): Item }
            type Subscription { shelved: Item }
            """;

    private static final List<Map<String, Object>> ITEMS = List.of(
            Map.of("__kind", "BOOK", "id", "b1", "title", "Dune", "pages", 412),
            Map.of("__kind", "FILM", "id", "f1", "title", "Dune", "minutes", 155),
            Map.of("__kind", "BOOK", "id", "b2", "title", "Emma", "pages", 474));

    private ShelfApi() {
    }

    public static GraphQL create() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("shelf", ShelfApi::shelf)
                        .dataFetcher("shelfProduct", env -> Map.<String, Object>of("upc", env.<String>getArgument("upc"), "shelfCount", 3)))
                .type("Mutation", type -> type.dataFetcher("shelve", env -> Map.<String, Object>of(
                        "__kind", env.<String>getArgument("kind"), "id", "new", "title", env.<String>getArgument("title"))))
                .type("Item", type -> type.typeResolver(env -> env.getSchema().getObjectType(
                        "BOOK".equals(((Map<?, ?>) env.getObject()).get("__kind")) ? "Book" : "Film")))
                .build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring)).build();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> shelf(DataFetchingEnvironment env) {
        Map<String, Object> filter = env.getArgument("filter");
        if (filter == null) {
            return ITEMS;
        }
        List<String> kinds = (List<String>) filter.get("kinds");
        Map<String, Object> title = (Map<String, Object>) filter.get("title");
        String contains = title == null ? null : (String) title.get("contains");
        return ITEMS.stream()
                .filter(item -> kinds == null || kinds.contains(item.get("__kind")))
                .filter(item -> contains == null
                        || ((String) item.get("title")).toLowerCase(Locale.ROOT).contains(contains.toLowerCase(Locale.ROOT)))
                .toList();
    }
}
