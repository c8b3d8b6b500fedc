package io.skein.schema;

import io.skein.config.UpstreamConfig;

/**
 * Reads one upstream's schema (by introspection or from its SDL file). Blocking: called on
 * start-up threads, never while serving requests.
 */
@FunctionalInterface
public interface SchemaLoader {

    /**
     * @throws RuntimeException when the schema cannot be read now; the caller retries
     */
    UpstreamSchema load(UpstreamConfig upstream);
}
