package io.skein.schema;

import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.schema.idl.errors.SchemaProblem;
import io.skein.SkeinException;
import io.skein.config.UpstreamConfig;
import java.util.Map;

/**
 * Turns what an upstream says about itself (an introspection result or SDL) into its schema.
 */
public final class SchemaSources {

    private SchemaSources() {
    }

    /**
     * Reads the {@code data} of a standard introspection query.
     */
    public static UpstreamSchema fromIntrospection(UpstreamConfig upstream, Map<String, Object> introspectionData) {
        try {
            Document document = new IntrospectionResultToSchema().createSchemaDefinition(introspectionData);
            return build(upstream, new SchemaParser().buildRegistry(document));
        } catch (RuntimeException e) {
            throw new SkeinException("Upstream '" + upstream.name() + "' returned an introspection result that is not a valid schema: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reads schema definition language.
     */
    public static UpstreamSchema fromSdl(UpstreamConfig upstream, String sdl) {
        try {
            return build(upstream, new SchemaParser().parse(sdl));
        } catch (SchemaProblem e) {
            throw new SkeinException("The SDL of upstream '" + upstream.name() + "' is not a valid schema: " + e.getMessage(), e);
        }
    }

    private static UpstreamSchema build(UpstreamConfig upstream, TypeDefinitionRegistry registry) {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        return new UpstreamSchema(upstream, schema);
    }
}
