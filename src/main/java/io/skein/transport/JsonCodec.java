package io.skein.transport;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Optional;

/**
 * JSON to and from plain Java values (maps, lists, strings, numbers, booleans, null) through
 * JSON-B. Numbers are read as {@link java.math.BigDecimal}.
 */
public final class JsonCodec {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonCodec() {
    }

    /**
     * Parses JSON text, or returns empty when it is not valid JSON.
     */
    public static Optional<Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSONB.fromJson(json, Object.class));
        } catch (JsonbException e) {
            return Optional.empty();
        }
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }
}
