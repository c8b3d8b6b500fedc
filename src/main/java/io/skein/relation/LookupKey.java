package io.skein.relation;

import io.skein.plan.QueryPlanner.Narrowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One lookup of a relation in a request: the key read from the parent and the client's selection,
 * narrowed for the upstream. Lookups with equal keys and the same selection are one lookup.
 */
final class LookupKey {

    private final Object key;
    private final Narrowed selection;
    private final Object comparable;

    LookupKey(Object key, Narrowed selection) {
        this.key = key;
        this.selection = selection;
        this.comparable = comparable(key);
    }

    Object key() {
        return key;
    }

    Narrowed selection() {
        return selection;
    }

    /**
     * A key as compared with the keys items answer: numbers by value, anything else by its text,
     * so that {@code 7} from one upstream matches {@code "7"} from another.
     */
    static Object comparable(Object key) {
        if (key instanceof Map<?, ?> map) {
            Map<Object, Object> values = new LinkedHashMap<>();
            map.forEach((name, value) -> values.put(name, comparable(value)));
            return values;
        }
        if (key instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return key == null ? null : key.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LookupKey lookup && lookup.selection == selection && Objects.equals(lookup.comparable, comparable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(selection), comparable);
    }
}
