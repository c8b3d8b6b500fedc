package io.skein.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Skein is configured with, read once at start-up by {@link ConfigReader}.
 *
 * @param upstreams       the upstream GraphQL APIs in merge order
 * @param maxRequestBytes the largest request body the GraphQL endpoint accepts
 * @param documentCacheSize how many parsed and validated documents are kept
 * @param relations       local schemas, delayed fields and the named relation entries
 */
public record SkeinConfig(List<UpstreamConfig> upstreams, int maxRequestBytes, int documentCacheSize,
                          RelationsConfig relations) {

    public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final int DEFAULT_DOCUMENT_CACHE_SIZE = 1000;

    public SkeinConfig {
        upstreams = List.copyOf(upstreams);
        Objects.requireNonNull(relations, "relations");
    }

    /**
     * A configuration without local schemas, delayed fields or relation entries.
     */
    public SkeinConfig(List<UpstreamConfig> upstreams, int maxRequestBytes, int documentCacheSize) {
        this(upstreams, maxRequestBytes, documentCacheSize, RelationsConfig.NONE);
    }

    public Optional<UpstreamConfig> upstream(String name) {
        return upstreams.stream().filter(upstream -> upstream.name().equals(name)).findFirst();
    }
}
