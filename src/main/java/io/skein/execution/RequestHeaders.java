package io.skein.execution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The client's HTTP request headers, names lower-cased. Available to data fetchers through the
 * GraphQL context under {@code RequestHeaders.class}.
 */
public record RequestHeaders(Map<String, List<String>> values) {

    public static final RequestHeaders NONE = new RequestHeaders(Map.of());

    public RequestHeaders {
        Map<String, List<String>> lowerCased = new LinkedHashMap<>();
        values.forEach((name, headerValues) -> lowerCased
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                .addAll(headerValues));
        lowerCased.replaceAll((name, headerValues) -> List.copyOf(headerValues));
        values = Collections.unmodifiableMap(lowerCased);
    }

    /**
     * The first value of a header, by case-insensitive name.
     */
    public Optional<String> first(String name) {
        List<String> headerValues = values.get(name.toLowerCase(Locale.ROOT));
        return headerValues == null || headerValues.isEmpty() ? Optional.empty() : Optional.of(headerValues.get(0));
    }

    public List<String> all(String name) {
        return values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
}
