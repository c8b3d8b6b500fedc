package io.skein.execution;

import java.util.concurrent.CompletableFuture;

/**
 * Sends GraphQL operations to upstreams. Implementations never block the caller; a failure of the
 * request as a whole completes the future exceptionally with an {@link UpstreamException}.
 */
@FunctionalInterface
public interface UpstreamClient {

    CompletableFuture<UpstreamResponse> execute(UpstreamRequest request);
}
