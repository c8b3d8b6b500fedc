package io.skein.config;

import java.util.List;
import java.util.Optional;

/**
 * Everything Skein is configured with, read once at start-up by {@link ConfigReader}.
 *
 * @param upstreams       the upstream GraphQL APIs in merge order
 * @param maxRequestBytes the largest request body the GraphQL endpoint accepts
 * @param documentCacheSize how many parsed and validated documents are kept
 */
public record SkeinConfig(List<UpstreamConfig> upstreams, int maxRequestBytes, int documentCacheSize) {

    public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final int DEFAULT_DOCUMENT_CACHE_SIZE = 1000;

    public SkeinConfig {
        upstreams = List.copyOf(upstreams);
    }

    public Optional<UpstreamConfig> upstream(String name) {
        return upstreams.stream().filter(upstream -> upstream.name().equals(name)).findFirst();
    }
}
