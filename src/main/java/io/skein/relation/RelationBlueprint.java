package io.skein.relation;

import graphql.language.Field;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.skein.config.UpstreamConfig;
import io.skein.execution.UpstreamClient;
import io.skein.plan.RelationRules;
import io.skein.schema.FieldOwnership;
import io.skein.schema.MergedSchema;
import io.skein.schema.SchemaMergeException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relations of a merged graph, worked out once at start-up: which fields are delayed, which
 * are foreign keys and with which key fields, which fields need other fields of their parent, and
 * the data fetcher of every field a resolver supplies. Problems only the merged schema can reveal
 * (unknown fields, a delayed field nobody resolves) fail the build, each named.
 */
public final class RelationBlueprint implements RelationRules {

    private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

    private final Set<String> delayed = new LinkedHashSet<>();
    private final Map<String, List<String>> foreignKeys = new LinkedHashMap<>();
    private final Map<String, List<NeededField>> needed = new LinkedHashMap<>();
    private final Map<String, DataFetcher<?>> fetchers = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final GraphQLSchema schema;
    private final FieldOwnership ownership;
    private final Map<String, UpstreamConfig> upstreams;
    private final RelationRuntime runtime;
    private boolean lookups;

    private RelationBlueprint(MergedSchema merged, Map<String, UpstreamConfig> upstreams, UpstreamClient client, int cacheSize) {
        this.schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(merged.types());
        this.ownership = merged.ownership();
        this.upstreams = upstreams;
        this.runtime = new RelationRuntime(ownership, this, client, cacheSize);
    }

    /**
     * Works out the relations of a merged graph, its local SDL already added.
     *
     * @param upstreams the graph's upstreams by name
     * @param cacheSize how many narrowed selections to keep
     * @throws SchemaMergeException listing every problem
     */
    public static RelationBlueprint build(MergedSchema merged, Map<String, UpstreamConfig> upstreams, RelationSpecs specs,
                                          UpstreamClient client, int cacheSize) {
        RelationBlueprint blueprint = new RelationBlueprint(merged, upstreams, client, cacheSize);
        blueprint.add(specs);
        if (!blueprint.problems.isEmpty()) {
            throw new SchemaMergeException(blueprint.problems);
        }
        return blueprint;
    }

    private void add(RelationSpecs specs) {
        specs.delayed().forEach(coordinates -> field(coordinates, "skein.delayed-fields"));
        delayed.addAll(specs.delayed());
        delayed.addAll(specs.inserted());
        specs.foreignKeys().forEach(this::checkForeignKey);
        specs.resolvers().forEach(this::addResolver);
        specs.dependencies().forEach(this::addDependency);
        checkEveryFieldResolved();
    }

    private GraphQLFieldDefinition field(String coordinates, String what) {
        String[] parts = coordinates.split("\\.");
        if (schema.getType(parts[0]) instanceof GraphQLFieldsContainer container && container.getFieldDefinition(parts[1]) != null) {
            return container.getFieldDefinition(parts[1]);
        }
        problems.add(what + ": " + coordinates + " is not a field of the merged schema");
        return null;
    }

    private void checkForeignKey(String coordinates, List<String> on) {
        GraphQLFieldDefinition definition = field(coordinates, "foreign key");
        if (definition == null) {
            return;
        }
        String type = coordinates.substring(0, coordinates.indexOf('.'));
        GraphQLType fieldType = GraphQLTypeUtil.unwrapAll(definition.getType());
        if (ROOT_TYPES.contains(type) || !(fieldType instanceof GraphQLFieldsContainer related)) {
            problems.add("foreign key " + coordinates + ": a foreign key is a field of an object type that returns objects");
            return;
        }
        on.stream().filter(key -> related.getFieldDefinition(key) == null).forEach(key -> problems.add("foreign key " + coordinates
                + ": '" + key + "' is not a field of " + related.getName()));
        foreignKeys.put(coordinates, on);
    }

    private void addResolver(String coordinates, Object resolver) {
        GraphQLFieldDefinition definition = field(coordinates, "resolver");
        if (definition == null) {
            return;
        }
        if (resolver instanceof ForeignKeyResolver foreignKey) {
            addForeignKeyResolver(coordinates, foreignKey);
            return;
        }
        delayed.add(coordinates);
        if (resolver instanceof JoinResolver join) {
            addJoin(coordinates, join);
        } else if (resolver instanceof ProxyResolver proxy) {
            target(coordinates, proxy.target(), proxy.forwardHeaders())
                    .ifPresent(target -> fetchers.put(coordinates, new ProxiedFieldFetcher(coordinates, target, runtime)));
        } else {
            addDataFetcher(coordinates, (DataFetcher<?>) resolver);
        }
    }

    private void addDataFetcher(String coordinates, DataFetcher<?> resolver) {
        fetchers.put(coordinates, new ResolverAdapter(resolver));
        if (resolver instanceof QueryParamsResolver queryParams) {
            queryParams.urlPath().ifPresent(path -> need(coordinates, new NeededField(null, pathField(ParentValues.segments(path)))));
        }
    }

    private static Field pathField(List<String> segments) {
        Field field = new Field(segments.get(segments.size() - 1));
        for (int i = segments.size() - 2; i >= 0; i--) {
            field = Field.newField(segments.get(i)).selectionSet(new SelectionSet(List.of(field))).build();
        }
        return field;
    }

    private void addForeignKeyResolver(String coordinates, ForeignKeyResolver resolver) {
        List<String> on = foreignKeys.get(coordinates);
        if (on == null) {
            problems.add("foreign key " + coordinates + ": a ForeignKeyResolver is set but no foreign key was added (addForeignKey)");
            return;
        }
        Optional<RelationTarget> target = target(coordinates, resolver.target(), resolver.forwardHeaders());
        if (target.isEmpty()) {
            return;
        }
        lookups = true;
        if (resolver.batchQuery().isPresent()) {
            if (on.size() != 1) {
                problems.add("foreign key " + coordinates + ": a batch query matches by one key field, but 'on' names " + on);
                return;
            }
            QueryTemplate template = resolver.batchQuery().get();
            List<String> path = template.pathToFields();
            Lookup lookup = new BatchedLookup(template, on.get(0), path.subList(1, path.size()), target.get(), runtime);
            fetchers.put(coordinates, new ForeignKeyFetcher(coordinates, on, lookup, true));
            return;
        }
        QueryTemplate template = resolver.query().orElseThrow();
        template.variables().stream().map(variable -> variable.getName()).filter(name -> !on.contains(name))
                .forEach(name -> problems.add("foreign key " + coordinates + ": the query template's variable $" + name
                        + " is not one of the key fields " + on));
        fetchers.put(coordinates, new ForeignKeyFetcher(coordinates, on, new KeyedLookup(template, target.get(), runtime), false));
    }

    private void addJoin(String coordinates, JoinResolver join) {
        String type = coordinates.substring(0, coordinates.indexOf('.'));
        if (ROOT_TYPES.contains(type)) {
            problems.add("join " + coordinates + ": a join reads its key from the parent, so it cannot be a root field");
            return;
        }
        if (!(schema.getType(type) instanceof GraphQLFieldsContainer parent) || parent.getFieldDefinition(join.key()) == null) {
            problems.add("join " + coordinates + ": the key '" + join.key() + "' is not a field of " + type);
            return;
        }
        Optional<RelationTarget> target = target(coordinates, join.target(), join.forwardHeaders());
        if (target.isEmpty()) {
            return;
        }
        lookups = true;
        Lookup lookup = new BatchedLookup(join.batchQuery(), join.match(), join.resultPath(), target.get(), runtime);
        fetchers.put(coordinates, new JoinFetcher(coordinates, join.key(), lookup));
        need(coordinates, new NeededField(null, new Field(join.key())));
    }

    private void addDependency(RelationSpecs.FieldDependency dependency) {
        String coordinates = dependency.type() + "." + dependency.field();
        String upstream = dependency.upstream();
        if (!upstreams.containsKey(upstream)) {
            problems.add("field dependencies of " + coordinates + ": upstream '" + upstream + "' doesn't exist.");
            return;
        }
        if (!ownership.hasType(upstream, dependency.type())) {
            problems.add("Type '" + dependency.type() + "' doesn't exist in upstream '" + upstream + "'.");
            return;
        }
        if (!(schema.getType(dependency.type()) instanceof GraphQLObjectType)) {
            problems.add("Type '" + dependency.type() + "' in upstream '" + upstream + "' is not an object type.");
            return;
        }
        if (((GraphQLObjectType) schema.getType(dependency.type())).getFieldDefinition(dependency.field()) == null) {
            problems.add("Type '" + dependency.type() + "' doesn't define the '" + dependency.field() + "' field in any of schemas.");
            return;
        }
        for (Selection<?> selection : dependency.selection().getSelections()) {
            if (selection instanceof Field field) {
                need(coordinates, new NeededField(upstream, field));
            }
        }
    }

    private void need(String coordinates, NeededField field) {
        needed.computeIfAbsent(coordinates, key -> new ArrayList<>()).add(field);
    }

    /**
     * Where a relation sends its requests: a graph upstream by id, or another API by absolute URL.
     */
    private Optional<RelationTarget> target(String coordinates, String target, HeaderForwarding forwardHeaders) {
        UpstreamConfig upstream = upstreams.get(target);
        if (upstream != null) {
            UpstreamConfig withoutForwarding = UpstreamConfig.newUpstream(upstream.name(), upstream.url())
                    .headers(upstream.headers()).timeout(upstream.timeout()).label(upstream.label())
                    .proxyErrors(upstream.proxyErrors()).build();
            return Optional.of(new RelationTarget(withoutForwarding, upstream.name(), forwardHeaders));
        }
        try {
            URI url = URI.create(target);
            if (url.isAbsolute() && url.getHost() != null && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                UpstreamConfig api = UpstreamConfig.newUpstream("relation", url).label(url.getHost()).build();
                return Optional.of(new RelationTarget(api, null, forwardHeaders));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(coordinates + ": '" + target + "' is neither an upstream of the graph (" + String.join(", ", upstreams.keySet())
                + ") nor an absolute http or https URL");
        return Optional.empty();
    }

    /**
     * Every field must be served by an upstream or a resolver; fields of types no upstream has are
     * read from the objects resolvers return.
     */
    private void checkEveryFieldResolved() {
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || type.getName().startsWith("__") || !servedByUpstream(object)) {
                continue;
            }
            for (GraphQLFieldDefinition definition : object.getFieldDefinitions()) {
                String coordinates = object.getName() + "." + definition.getName();
                boolean owned = ownership.owner(object.getName(), definition.getName()).isPresent();
                if (fetchers.containsKey(coordinates) || (owned && !delayed.contains(coordinates))) {
                    continue;
                }
                problems.add(coordinates + (owned ? " is delayed but has no resolver" : " is served by no upstream and has no resolver")
                        + ": set one with @Resolver(\"" + coordinates + "\") or ProxySchemaBuilder.setResolver");
            }
        }
    }

    private boolean servedByUpstream(GraphQLObjectType type) {
        return ROOT_TYPES.contains(type.getName())
                || upstreams.keySet().stream().anyMatch(upstream -> ownership.hasType(upstream, type.getName()));
    }

    @Override
    public boolean isDelayed(String type, String field) {
        return delayed.contains(type + "." + field);
    }

    @Override
    public List<String> foreignKeyOn(String type, String field) {
        return foreignKeys.getOrDefault(type + "." + field, List.of());
    }

    @Override
    public List<NeededField> neededFields(String type, String field) {
        return needed.getOrDefault(type + "." + field, List.of());
    }

    /**
     * The data fetchers of the fields resolvers supply, by {@code Type.field}.
     */
    public Map<String, DataFetcher<?>> fetchers() {
        return Collections.unmodifiableMap(fetchers);
    }

    /**
     * Whether requests need data loaders: the graph has foreign keys or joins.
     */
    public boolean usesLookups() {
        return lookups;
    }
}
