package io.skein.schema;

import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.List;
import java.util.Objects;

/**
 * The upstream schemas merged into one set of type definitions, with the record of which upstream
 * provides what.
 */
public record MergedSchema(TypeDefinitionRegistry types, FieldOwnership ownership, List<UpstreamSchema> upstreams) {

    public MergedSchema {
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(ownership, "ownership");
        upstreams = List.copyOf(upstreams);
    }
}
