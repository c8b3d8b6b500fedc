package io.skein.relation;

import io.skein.execution.RequestHeaders;
import io.skein.upstream.ForwardedHeaders;
import java.util.List;
import java.util.Map;

/**
 * Which headers of the client's request go with a relation's request to an upstream (a foreign key
 * lookup, a join, a proxied field): none, the {@code Authorization} header, a list of names, or
 * any function of the client's headers. Hop-by-hop headers are never forwarded.
 */
@FunctionalInterface
public interface HeaderForwarding {

    /**
     * The headers to send, by name, with all their values.
     */
    Map<String, List<String>> headers(RequestHeaders clientHeaders);

    static HeaderForwarding none() {
        return clientHeaders -> Map.of();
    }

    /**
     * The client's {@code Authorization} header, as {@code forward-headers=true} does.
     */
    static HeaderForwarding authorization() {
        return named(List.of("authorization"));
    }

    /**
     * The client's headers of these names (case-insensitive).
     */
    static HeaderForwarding named(List<String> names) {
        List<String> copy = List.copyOf(names);
        return clientHeaders -> ForwardedHeaders.select(copy, clientHeaders);
    }
}
