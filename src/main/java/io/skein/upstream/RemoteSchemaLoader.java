package io.skein.upstream;

import graphql.introspection.IntrospectionQuery;
import io.skein.SkeinException;
import io.skein.config.UpstreamConfig;
import io.skein.schema.SchemaLoader;
import io.skein.schema.SchemaSources;
import io.skein.schema.UpstreamSchema;
import io.skein.transport.JsonCodec;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Reads an upstream's schema from its SDL file when one is configured, otherwise by sending the
 * standard introspection query through MicroProfile Rest Client with the upstream's static headers.
 */
public final class RemoteSchemaLoader implements SchemaLoader {

    private static final Logger LOG = Logger.getLogger(RemoteSchemaLoader.class.getName());
    private static final String INTROSPECTION_REQUEST = JsonCodec.write(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY));

    @Override
    public UpstreamSchema load(UpstreamConfig upstream) {
        if (upstream.schema().isPresent()) {
            return SchemaSources.fromSdl(upstream, readSdl(upstream.schema().get()));
        }
        return SchemaSources.fromIntrospection(upstream, introspect(upstream));
    }

    private static String readSdl(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new SkeinException("Cannot read SDL file " + path + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> introspect(UpstreamConfig upstream) {
        String body = send(upstream);
        Optional<Object> json = JsonCodec.parse(body);
        if (json.isEmpty() || !(json.get() instanceof Map<?, ?> response)) {
            throw new SkeinException("Upstream '" + upstream.name() + "' did not answer introspection with JSON");
        }
        if (response.get("data") instanceof Map<?, ?> data && data.get("__schema") != null) {
            return (Map<String, Object>) data;
        }
        Object errors = response.get("errors");
        throw new SkeinException("Upstream '" + upstream.name() + "' did not answer introspection with a schema"
                + (errors instanceof List<?> list && !list.isEmpty() ? ": " + list.get(0) : ""));
    }

    private static String send(UpstreamConfig upstream) {
        long timeout = upstream.timeout().toMillis();
        IntrospectionClient client = RestClientBuilder.newBuilder()
                .baseUri(upstream.url())
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .register(new StaticHeadersFilter(upstream.headers()))
                .build(IntrospectionClient.class);
        try {
            return client.query(INTROSPECTION_REQUEST);
        } catch (RuntimeException e) {
            throw new SkeinException("Introspection of upstream '" + upstream.name() + "' failed: " + e.getMessage(), e);
        } finally {
            close(client);
        }
    }

    private static void close(IntrospectionClient client) {
        try {
            ((Closeable) client).close();
        } catch (IOException e) {
            LOG.fine(() -> "Closing an introspection client failed: " + e.getMessage());
        }
    }
}
