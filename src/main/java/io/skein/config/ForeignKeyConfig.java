package io.skein.config;

import java.util.List;
import java.util.Objects;

/**
 * A field whose object is fetched from another upstream by its key, as configured under
 * {@code skein.foreign-key.<name>.*}.
 *
 * @param name           the entry's name in {@code skein.foreign-keys}
 * @param type           the type holding the related object, e.g. {@code CheckoutComplete}
 * @param field          the field holding the related object, e.g. {@code order}
 * @param on             the key field(s) queried in place of the client's selection, e.g. {@code id}
 * @param target         where the full object is fetched from
 * @param query          template with one {@code __FIELDS} placeholder, not parsed yet
 * @param batchQuery     batched template taking a list of keys, or {@code null}
 * @param forwardHeaders lower-case names of client headers forwarded on these lookups
 */
public record ForeignKeyConfig(
        String name,
        String type,
        String field,
        List<String> on,
        RelationTarget target,
        String query,
        String batchQuery,
        List<String> forwardHeaders) {

    public ForeignKeyConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
        on = List.copyOf(on);
        if (on.isEmpty()) {
            throw new IllegalArgumentException("a foreign key needs at least one key field");
        }
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(query, "query");
        forwardHeaders = forwardHeaders.stream().map(ConfigReader::lowerCase).toList();
    }

    /**
     * The field's {@code Type.field} coordinate.
     */
    public String coordinate() {
        return type + "." + field;
    }
}
