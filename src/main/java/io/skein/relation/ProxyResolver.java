package io.skein.relation;

import java.util.Objects;

/**
 * Resolves a field by sending the client's query, narrowed to the path of that field (fragments
 * inlined, only the variables it uses), to an upstream or another GraphQL API, and taking the
 * field's value from the answer. All instances of the field at one path share one request. Set it
 * with {@code ProxySchemaBuilder.setResolver(type, field, resolver)}.
 */
public final class ProxyResolver {

    private final String target;
    private final HeaderForwarding forwardHeaders;

    private ProxyResolver(String target, HeaderForwarding forwardHeaders) {
        this.target = Objects.requireNonNull(target, "target");
        this.forwardHeaders = Objects.requireNonNull(forwardHeaders, "forwardHeaders");
    }

    /**
     * A proxy resolver that forwards no client header.
     *
     * @param target the id of an upstream of the graph, or the URL of another GraphQL API
     */
    public static ProxyResolver to(String target) {
        return new ProxyResolver(target, HeaderForwarding.none());
    }

    /**
     * The same resolver, forwarding these client headers.
     */
    public ProxyResolver forwardHeaders(HeaderForwarding headers) {
        return new ProxyResolver(target, headers);
    }

    String target() {
        return target;
    }

    HeaderForwarding forwardHeaders() {
        return forwardHeaders;
    }
}
