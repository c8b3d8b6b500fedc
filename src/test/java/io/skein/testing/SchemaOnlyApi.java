package io.skein.testing;

import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * An upstream that only has to present a schema (to introspection); its fields resolve to null.
 */
public final class SchemaOnlyApi {

    private SchemaOnlyApi() {
    }

    public static GraphQL create(String sdl) {
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), RuntimeWiring.MOCKED_WIRING))
                .build();
    }
}
