package io.skein.execution;

import java.util.List;
import java.util.Map;

/**
 * What an upstream answered: the {@code data}, {@code errors} and {@code extensions} entries of a
 * GraphQL response, each possibly absent ({@code null} data, empty errors, {@code null} extensions),
 * and the HTTP status it came with (200 for schemas run in-process).
 */
public record UpstreamResponse(Map<String, Object> data, List<Map<String, Object>> errors, Map<String, Object> extensions,
                               int status) {

    public UpstreamResponse {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public UpstreamResponse(Map<String, Object> data, List<Map<String, Object>> errors, Map<String, Object> extensions) {
        this(data, errors, extensions, 200);
    }
}
