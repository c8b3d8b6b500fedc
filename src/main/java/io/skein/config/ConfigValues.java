package io.skein.config;

import java.util.Optional;

/**
 * Where configuration values come from: MicroProfile Config inside the server, a map in tests.
 */
@FunctionalInterface
public interface ConfigValues {

    /**
     * The raw value of {@code key}, or empty when it is not set (or set to an empty string).
     */
    Optional<String> get(String key);
}
