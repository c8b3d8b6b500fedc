package io.skein.config;

import java.util.Objects;

/**
 * One SDL resource of {@code skein.local-schemas}, merged after the upstreams; its fields are
 * resolved by CDI resolvers.
 *
 * @param location the item as configured: {@code classpath:some/path.graphqls} or a file path
 * @param sdl      the resource's text, not parsed yet
 */
public record LocalSchemaSource(String location, String sdl) {

    public LocalSchemaSource {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sdl, "sdl");
    }
}
