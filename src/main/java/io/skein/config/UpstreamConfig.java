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
 * One upstream GraphQL API, as configured under {@code skein.upstream.<name>.*}. Built with
 * {@link #newUpstream(String, URI)}.
 *
 * @param name            the upstream's name in {@code skein.upstreams}
 * @param url             the GraphQL endpoint queries are sent to (and introspected unless
 *                        {@code schema} is set)
 * @param schema          an SDL file read instead of introspecting
 * @param headers         static headers sent with introspection and every query
 * @param forwardHeaders  lower-case names of client request headers forwarded to this upstream
 * @param timeout         the limit for one request to this upstream
 * @param label           the name used in errors and extensions reported to clients
 * @param filter          what to remove from the upstream's schema before merging
 * @param proxyErrors     whether the upstream's GraphQL errors are passed to clients
 * @param proxyExtensions whether the upstream's response extensions are passed to clients
 */
public record UpstreamConfig(
        String name,
        URI url,
        Optional<Path> schema,
        Map<String, String> headers,
        List<String> forwardHeaders,
        Duration timeout,
        String label,
        SchemaFilter filter,
        boolean proxyErrors,
        boolean proxyExtensions) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public UpstreamConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(schema, "schema");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        forwardHeaders = forwardHeaders.stream().map(ConfigReader::lowerCase).toList();
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(filter, "filter");
    }

    /**
     * An upstream with defaults for everything but its name and URL.
     */
    public static UpstreamConfig of(String name, URI url) {
        return newUpstream(name, url).build();
    }

    public static Builder newUpstream(String name, URI url) {
        return new Builder(name, url);
    }

    /**
     * Builds an {@link UpstreamConfig}; every part but the name and URL has a default.
     */
    public static final class Builder {
        private final String name;
        private final URI url;
        private Optional<Path> schema = Optional.empty();
        private Map<String, String> headers = Map.of();
        private List<String> forwardHeaders = List.of();
        private Duration timeout = DEFAULT_TIMEOUT;
        private String label;
        private SchemaFilter filter = SchemaFilter.NONE;
        private boolean proxyErrors = true;
        private boolean proxyExtensions = true;

        private Builder(String name, URI url) {
            this.name = name;
            this.url = url;
            this.label = name;
        }

        public Builder schema(Optional<Path> schema) {
            this.schema = schema;
            return this;
        }

        public Builder headers(Map<String, String> headers) {
            this.headers = headers;
            return this;
        }

        public Builder forwardHeaders(List<String> forwardHeaders) {
            this.forwardHeaders = forwardHeaders;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder filter(SchemaFilter filter) {
            this.filter = filter;
            return this;
        }

        public Builder proxyErrors(boolean proxyErrors) {
            this.proxyErrors = proxyErrors;
            return this;
        }

        public Builder proxyExtensions(boolean proxyExtensions) {
            this.proxyExtensions = proxyExtensions;
            return this;
        }

        public UpstreamConfig build() {
            return new UpstreamConfig(name, url, schema, headers, forwardHeaders, timeout, label, filter, proxyErrors,
                    proxyExtensions);
        }
    }
}
