package io.skein.golden;

import io.skein.transport.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON as the fixtures compare it: read with {@link JsonCodec}, then made comparable by value
 * (object keys sorted, every number a {@link BigDecimal} without trailing decimal zeros, so that {@code 1},
 * {@code 1.0} and an {@link Integer} 1 are equal).
 */
final class JsonValues {

    private JsonValues() {
    }

    static Object read(Path file) {
        try {
            String text = Files.readString(file);
            return JsonCodec.parse(text).orElseThrow(() -> new IllegalArgumentException(file + " is not valid JSON"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readObject(Path file) {
        if (!(read(file) instanceof Map<?, ?> object)) {
            throw new IllegalArgumentException(file + " is not a JSON object");
        }
        return (Map<String, Object>) object;
    }

    static Object normalise(Object value) {
        if (value instanceof Map<?, ?> object) {
            Map<String, Object> sorted = new TreeMap<>();
            object.forEach((key, member) -> sorted.put(String.valueOf(key), normalise(member)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonValues::normalise).toList();
        }
        if (value instanceof Number number) {
            BigDecimal stripped = new BigDecimal(number.toString()).stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        return value;
    }

    /**
     * The normalised value as JSON text, for failure messages.
     */
    static String print(Object value) {
        return JsonCodec.write(normalise(value));
    }
}
