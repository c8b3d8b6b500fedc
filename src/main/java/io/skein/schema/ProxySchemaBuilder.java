package io.skein.schema;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import io.skein.SkeinException;
import io.skein.config.SchemaFilter;
import io.skein.config.UpstreamConfig;
import io.skein.relation.ForeignKeyResolver;
import io.skein.relation.JoinResolver;
import io.skein.relation.ProxyResolver;
import io.skein.relation.RelationSpecs;
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
 * and local executable schemas, read any sub-schema, and set up relations: delayed fields,
 * resolvers, foreign keys, joins, proxied fields, field dependencies and inserted fields. Each
 * sub-schema has an id: its upstream name. Not thread-safe: use it only inside the observer.
 */
public final class ProxySchemaBuilder {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+");

    private final Map<String, UpstreamConfig> upstreams = new LinkedHashMap<>();
    private final Map<String, GraphQLSchema> localSchemas = new LinkedHashMap<>();
    private final Map<String, UpstreamSchema> alreadyRead = new ConcurrentHashMap<>();
    private final SchemaLoader remoteLoader;
    private final RelationSpecs relations;

    public ProxySchemaBuilder(List<UpstreamConfig> configured, SchemaLoader remoteLoader) {
        this(configured, remoteLoader, new RelationSpecs());
    }

    /**
     * @param relations the relations and resolvers configured so far, which application code may
     *                  add to or change
     */
    public ProxySchemaBuilder(List<UpstreamConfig> configured, SchemaLoader remoteLoader, RelationSpecs relations) {
        configured.forEach(upstream -> upstreams.put(upstream.name(), upstream));
        this.remoteLoader = remoteLoader;
        this.relations = relations;
    }

    /**
     * Delays fields: the root query never fetches them; a resolver supplies them.
     */
    public ProxySchemaBuilder addDelayedFields(String type, String... fields) {
        for (String field : fields) {
            relations.addDelayedField(type, field);
        }
        return this;
    }

    /**
     * Makes a graphql-java data fetcher the field's resolver (replacing any other). A field an
     * upstream serves becomes delayed. It may return a value, a {@code CompletionStage} or a
     * {@code DataFetcherResult}; the objects it returns have their fields read by name.
     */
    public ProxySchemaBuilder setResolver(String type, String field, DataFetcher<?> resolver) {
        relations.setResolver(type, field, resolver);
        return this;
    }

    /**
     * Resolves a foreign key added with {@link #addForeignKey}.
     */
    public ProxySchemaBuilder setResolver(String type, String field, ForeignKeyResolver resolver) {
        relations.setResolver(type, field, resolver);
        return this;
    }

    /**
     * Resolves the field by a batched join on another upstream.
     */
    public ProxySchemaBuilder setResolver(String type, String field, JoinResolver resolver) {
        relations.setResolver(type, field, resolver);
        return this;
    }

    /**
     * Resolves the field by proxying the client's narrowed query to an upstream or another API.
     */
    public ProxySchemaBuilder setResolver(String type, String field, ProxyResolver resolver) {
        relations.setResolver(type, field, resolver);
        return this;
    }

    /**
     * Removes the field's resolver, including one set by configuration or {@code @Resolver}; a
     * field an upstream serves is fetched by the root query again unless delayed by name.
     */
    public ProxySchemaBuilder unsetResolver(String type, String field) {
        relations.unsetResolver(type, field);
        return this;
    }

    /**
     * Makes a field a foreign key: its upstream is asked only for the key fields {@code on}, and a
     * {@link ForeignKeyResolver} fetches the rest.
     */
    public ProxySchemaBuilder addForeignKey(String type, String field, String... on) {
        relations.addForeignKey(type, field, List.of(on));
        return this;
    }

    /**
     * Fetches {@code query}, a selection on {@code type} such as {@code { metadata { thumb } }},
     * from the sub-schema {@code id} whenever {@code type.field} is selected, for the field's
     * resolver to read from its parent.
     */
    public ProxySchemaBuilder addFieldDependencies(String id, String type, String field, String query) {
        relations.addFieldDependencies(id, type, field, query);
        return this;
    }

    /**
     * Adds a field, in SDL such as {@code thumbnailUrl(w: Int, h: Int): String!}, to a type of the
     * graph. It is delayed; set its resolver with {@code setResolver}.
     */
    public ProxySchemaBuilder insertField(String type, String fieldDefinition) {
        relations.insertField(type, fieldDefinition);
        return this;
    }

    /**
     * The relations and resolvers configured and added.
     */
    public RelationSpecs relations() {
        return relations;
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
