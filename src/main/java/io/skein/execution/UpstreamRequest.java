package io.skein.execution;

import io.skein.config.UpstreamConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One GraphQL request to an upstream.
 *
 * @param upstream      where it goes, with its headers and timeout
 * @param query         the operation's text
 * @param operationName the operation's name, or {@code null}
 * @param variables     the variable values to send (only those the operation declares)
 * @param clientHeaders the client's request headers, from which the configured ones are forwarded
 * @param headers       headers chosen by a relation's header forwarding, sent besides the
 *                      upstream's own forwarded and static headers
 */
public record UpstreamRequest(
        UpstreamConfig upstream,
        String query,
        String operationName,
        Map<String, Object> variables,
        RequestHeaders clientHeaders,
        Map<String, List<String>> headers) {

    public UpstreamRequest {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(query, "query");
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        Objects.requireNonNull(clientHeaders, "clientHeaders");
        headers = Map.copyOf(headers);
    }

    public UpstreamRequest(UpstreamConfig upstream, String query, String operationName, Map<String, Object> variables,
                           RequestHeaders clientHeaders) {
        this(upstream, query, operationName, variables, clientHeaders, Map.of());
    }
}
