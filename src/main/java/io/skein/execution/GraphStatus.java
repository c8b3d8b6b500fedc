package io.skein.execution;

import java.util.List;

/**
 * Whether the merged graph can serve requests yet.
 */
public sealed interface GraphStatus {

    /**
     * The graph is built and serves requests.
     */
    record Ready(ProxyGraph graph) implements GraphStatus {
    }

    /**
     * The graph is not built: some upstreams' schemas are not read yet, or they could not be merged.
     *
     * @param message   why, safe to show to clients
     * @param upstreams the upstreams still missing, in configuration order
     */
    record NotReady(String message, List<String> upstreams) implements GraphStatus {
        public NotReady {
            upstreams = List.copyOf(upstreams);
        }
    }
}
