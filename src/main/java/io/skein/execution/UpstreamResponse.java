package io.skein.execution;

import java.util.List;
import java.util.Map;

/**
 * What an upstream answered: the {@code data}, {@code errors} and {@code extensions} entries of a
 * GraphQL response, each possibly absent ({@code null} data, empty errors, {@code null} extensions).
 */
public record UpstreamResponse(Map<String, Object> data, List<Map<String, Object>> errors, Map<String, Object> extensions) {

    public UpstreamResponse {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
