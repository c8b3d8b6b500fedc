package io.skein.config;

import java.net.URI;

/**
 * Where a relation fetches from: a configured upstream by name, or a GraphQL endpoint URL.
 * Exactly one of the two is set.
 *
 * @param upstream the name of an upstream in {@code skein.upstreams}, or {@code null}
 * @param url      an absolute http or https GraphQL endpoint, or {@code null}
 */
public record RelationTarget(String upstream, URI url) {

    public RelationTarget {
        if ((upstream == null) == (url == null)) {
            throw new IllegalArgumentException("exactly one of upstream and url must be set");
        }
    }

    public static RelationTarget ofUpstream(String name) {
        return new RelationTarget(name, null);
    }

    public static RelationTarget ofUrl(URI url) {
        return new RelationTarget(null, url);
    }

    /**
     * Whether the target is a configured upstream rather than a URL.
     */
    public boolean isUpstream() {
        return upstream != null;
    }
}
