package io.skein.testing;

import graphql.GraphQL;
import graphql.GraphqlErrorException;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;

/**
 * A third small upstream for tests: stock levels, whose {@code warehouse} field always fails with
 * a GraphQL error, and whose responses carry extensions.
 */
public final class InventoryApi {

    private static final String SDL = """
            type Query {
              inventory(upc: ID!): Inventory
            }
            type Inventory {
              upc: ID!
              inStock: Int!
              warehouse: String
            }
            """;

    private InventoryApi() {
    }

    public static GraphQL create() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("inventory", env -> Map.<String, Object>of("upc", env.<String>getArgument("upc"), "inStock", 7)))
                .type("Inventory", type -> type.dataFetcher("warehouse", env -> {
                    throw GraphqlErrorException.newErrorException()
                            .message("warehouse system offline")
                            .extensions(Map.of("code", "WAREHOUSE_DOWN"))
                            .build();
                }))
                .build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring)).build();
    }
}
