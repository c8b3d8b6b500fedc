package io.skein.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One upstream GraphQL API, as configured under {@code skein.upstream.<name>.*}.
 *
 * @param name           the upstream's name in {@code skein.upstreams}
 * @param url            the GraphQL endpoint queries are sent to (and introspected unless
 *                       {@code schema} is set)
 * @param schema         an SDL file read instead of introspecting
 * @param headers        static headers sent with introspection and every query
 * @param forwardHeaders lower-case names of client request headers forwarded to this upstream
 * @param timeout        the limit for one request to this upstream
 * @param label          the name used in errors and extensions reported to clients
 */
public record UpstreamConfig(
        String name,
        URI url,
        Optional<Path> schema,
        Map<String, String> headers,
        List<String> forwardHeaders,
        Duration timeout,
        String label) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public UpstreamConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(schema, "schema");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        forwardHeaders = forwardHeaders.stream().map(ConfigReader::lowerCase).toList();
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(label, "label");
    }

    /**
     * An upstream with defaults for everything but its name and URL.
     */
    public static UpstreamConfig of(String name, URI url) {
        return new UpstreamConfig(name, url, Optional.empty(), Map.of(), List.of(), DEFAULT_TIMEOUT, name);
    }
}
