package io.skein.config;

import java.util.List;
import java.util.Objects;

/**
 * A field resolved by sending the client's narrowed query to an upstream, as configured under
 * {@code skein.proxied-field.<name>.*}.
 *
 * @param name           the entry's name in {@code skein.proxied-fields}
 * @param type           the parent type, e.g. {@code Query}
 * @param field          the field proxied, e.g. {@code products}
 * @param target         where the narrowed query is sent
 * @param forwardHeaders lower-case names of client headers forwarded with it
 */
public record ProxiedFieldConfig(String name, String type, String field, RelationTarget target, List<String> forwardHeaders) {

    public ProxiedFieldConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(target, "target");
        forwardHeaders = forwardHeaders.stream().map(ConfigReader::lowerCase).toList();
    }

    /**
     * The field's {@code Type.field} coordinate.
     */
    public String coordinate() {
        return type + "." + field;
    }
}
