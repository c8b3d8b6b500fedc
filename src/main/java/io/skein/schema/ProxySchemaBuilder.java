package io.skein.schema;

import graphql.schema.GraphQLSchema;
import io.skein.SkeinException;
import io.skein.config.SchemaFilter;
import io.skein.config.UpstreamConfig;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The sub-schemas Skein merges, in merge order: the upstreams configured in
 * {@code skein.upstreams} first, then those application code adds. {@code ProxySchemaProducer}
 * fires it as a CDI event at start-up, before any schema is read, so that an observer such as
 * {@code void customize(@Observes ProxySchemaBuilder builder)} can add remote APIs (with filters)
 * and local executable schemas, and read any sub-schema. Each sub-schema has an id: its upstream
 * name. Not thread-safe: use it only inside the observer.
 */
public final class ProxySchemaBuilder {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+");

    private final Map<String, UpstreamConfig> upstreams = new LinkedHashMap<>();
    private final Map<String, GraphQLSchema> localSchemas = new LinkedHashMap<>();
    private final Map<String, UpstreamSchema> alreadyRead = new ConcurrentHashMap<>();
    private final SchemaLoader remoteLoader;

    public ProxySchemaBuilder(List<UpstreamConfig> configured, SchemaLoader remoteLoader) {
        configured.forEach(upstream -> upstreams.put(upstream.name(), upstream));
        this.remoteLoader = remoteLoader;
    }

    /**
     * Adds a remote GraphQL API, introspected like the configured ones, with default options.
     *
     * @return its id
     */
    public String addRemoteSchema(String url) {
        return addRemoteSchema(url, SchemaFilter.NONE);
    }

    /**
     * Adds a remote GraphQL API whose schema is filtered before merging.
     *
     * @return its id
     */
    public String addRemoteSchema(String url, SchemaFilter filter) {
        return addRemoteSchema(UpstreamConfig.newUpstream(nextId("remote"), URI.create(url)).filter(filter).build());
    }

    /**
     * Adds a remote GraphQL API with every option of a configured upstream; its name is its id.
     *
     * @return its id
     */
    public String addRemoteSchema(UpstreamConfig upstream) {
        if (!ID.matcher(upstream.name()).matches()) {
            throw new SkeinException("'" + upstream.name() + "' is not a valid upstream name (use lower-case letters and digits)");
        }
        if (upstreams.containsKey(upstream.name())) {
            throw new SkeinException("An upstream named '" + upstream.name() + "' is already part of the schema");
        }
        upstreams.put(upstream.name(), upstream);
        return upstream.name();
    }

    /**
     * Adds a local executable schema: its fields are resolved in-process by its own data fetchers.
     *
     * @return its id
     */
    public String addSchema(GraphQLSchema schema) {
        return addSchema(schema, SchemaFilter.NONE);
    }

    /**
     * Adds a local executable schema, filtered before merging.
     *
     * @return its id
     */
    public String addSchema(GraphQLSchema schema, SchemaFilter filter) {
        String id = nextId("local");
        UpstreamConfig upstream = UpstreamConfig.newUpstream(id, URI.create("local:" + id)).filter(filter).build();
        upstreams.put(id, upstream);
        localSchemas.put(id, schema);
        alreadyRead.put(id, new UpstreamSchema(upstream, schema));
        return id;
    }

    /**
     * The schema of a sub-schema as its source serves it, before filtering. A remote one is read
     * now, on the calling thread, and the result is reused when the schemas are merged.
     *
     * @throws SkeinException when there is no such sub-schema or it cannot be read
     */
    public GraphQLSchema getSubSchema(String id) {
        UpstreamConfig upstream = upstreams.get(id);
        if (upstream == null) {
            throw new SkeinException("There is no sub-schema with id '" + id + "'");
        }
        return alreadyRead.computeIfAbsent(id, name -> remoteLoader.load(upstream)).schema();
    }

    /**
     * Every sub-schema's upstream, in merge order.
     */
    public List<UpstreamConfig> upstreams() {
        return List.copyOf(upstreams.values());
    }

    /**
     * The local executable schemas by id.
     */
    public Map<String, GraphQLSchema> localSchemas() {
        return Collections.unmodifiableMap(localSchemas);
    }

    /**
     * Reads sub-schemas for the merge: local ones and those already read are reused, the others
     * are read by the remote loader.
     */
    public SchemaLoader loader() {
        return upstream -> {
            UpstreamSchema read = alreadyRead.get(upstream.name());
            return read != null ? read : remoteLoader.load(upstream);
        };
    }

    private String nextId(String prefix) {
        int number = 1;
        while (upstreams.containsKey(prefix + number)) {
            number++;
        }
        return prefix + number;
    }
}
