package io.skein.schema;

import graphql.schema.GraphQLSchema;
import io.skein.config.UpstreamConfig;
import java.util.Objects;

/**
 * The schema one upstream serves, as read by introspection or from its SDL file.
 */
public record UpstreamSchema(UpstreamConfig upstream, GraphQLSchema schema) {

    public UpstreamSchema {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(schema, "schema");
    }

    public String name() {
        return upstream.name();
    }
}
