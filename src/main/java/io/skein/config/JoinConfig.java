package io.skein.config;

import java.util.List;
import java.util.Objects;

/**
 * A field resolved from another upstream by a key read from the parent, batched; configured under
 * {@code skein.join.<name>.*}.
 *
 * @param name           the entry's name in {@code skein.joins}
 * @param type           the parent type, e.g. {@code Product}
 * @param field          the field resolved, e.g. {@code reviews}
 * @param definition     SDL of the field to add to the type, e.g. {@code reviews: [Review!]!}, or
 *                       {@code null} when a schema already defines it
 * @param key            the parent's field(s) holding the key, e.g. {@code upc}
 * @param target         where the items are fetched from
 * @param batchQuery     template with one list variable and one {@code __FIELDS}, not parsed yet
 * @param match          the field of each item that equals the parent's key, e.g. {@code productUpc}
 * @param result         dotted path inside each matched item to the field's value, or {@code null}
 *                       for the default (the path to {@code __FIELDS}, else the item itself)
 * @param forwardHeaders lower-case names of client headers forwarded on these lookups
 */
public record JoinConfig(
        String name,
        String type,
        String field,
        String definition,
        List<String> key,
        RelationTarget target,
        String batchQuery,
        String match,
        String result,
        List<String> forwardHeaders) {

    public JoinConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
        key = List.copyOf(key);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a join needs at least one key field");
        }
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(batchQuery, "batchQuery");
        Objects.requireNonNull(match, "match");
        forwardHeaders = forwardHeaders.stream().map(ConfigReader::lowerCase).toList();
    }

    /**
     * The field's {@code Type.field} coordinate.
     */
    public String coordinate() {
        return type + "." + field;
    }
}
