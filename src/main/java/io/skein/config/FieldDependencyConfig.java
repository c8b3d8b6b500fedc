package io.skein.config;

import java.util.Objects;

/**
 * Extra fields fetched from an upstream when a field is selected, as configured under
 * {@code skein.field-dependency.<name>.*}.
 *
 * @param name     the entry's name in {@code skein.field-dependencies}
 * @param upstream the upstream the selection is added to, a name in {@code skein.upstreams}
 * @param type     the type of the field that needs the data, e.g. {@code Product}
 * @param field    the field that needs the data, e.g. {@code image}
 * @param query    the selection added on the parent, e.g. {@code { metadata { thumb } }}, not parsed yet
 */
public record FieldDependencyConfig(String name, String upstream, String type, String field, String query) {

    public FieldDependencyConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(query, "query");
    }

    /**
     * The field's {@code Type.field} coordinate.
     */
    public String coordinate() {
        return type + "." + field;
    }
}
