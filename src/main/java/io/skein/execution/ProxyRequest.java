package io.skein.execution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A client's GraphQL request, transport already decoded.
 */
public record ProxyRequest(
        String query,
        String operationName,
        Map<String, Object> variables,
        Map<String, Object> extensions,
        RequestHeaders headers) {

    public ProxyRequest {
        Objects.requireNonNull(query, "query");
        variables = variables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        headers = headers == null ? RequestHeaders.NONE : headers;
    }
}
