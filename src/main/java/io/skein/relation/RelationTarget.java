package io.skein.relation;

import io.skein.config.UpstreamConfig;
import java.util.Objects;

/**
 * Where a relation's requests go: an upstream of the graph (its operations narrowed to what it
 * provides) or another GraphQL API by URL ({@code graphUpstream} is then {@code null}).
 *
 * @param upstream       the upstream's settings (URL, timeout, static headers), with no
 *                       forwarded headers of its own
 * @param graphUpstream  the upstream's name in the graph, or {@code null}
 * @param forwardHeaders the client headers the relation forwards
 */
record RelationTarget(UpstreamConfig upstream, String graphUpstream, HeaderForwarding forwardHeaders) {

    RelationTarget {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(forwardHeaders, "forwardHeaders");
    }
}
