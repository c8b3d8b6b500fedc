package io.skein.config;

import java.util.Objects;

/**
 * One thing wrong with the configuration, tied to the key that caused it.
 */
public record ConfigProblem(String key, String message) {

    public ConfigProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return key + ": " + message;
    }
}
