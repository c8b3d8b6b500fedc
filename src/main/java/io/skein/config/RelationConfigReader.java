package io.skein.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the relation keys of the contract (local schemas, delayed fields and the named entries
 * {@code skein.<kind>s} with their {@code skein.<kind>.<name>.<property>}) into a
 * {@link RelationsConfig}, reporting every problem through the {@link ConfigReader} that started it.
 */
final class RelationConfigReader {

    static final String FOREIGN_KEY = "skein.foreign-key.";
    static final String JOIN = "skein.join.";
    static final String FIELD_DEPENDENCY = "skein.field-dependency.";
    static final String INSERTED_FIELD = "skein.inserted-field.";
    static final String PROXIED_FIELD = "skein.proxied-field.";

    private static final String CLASSPATH = "classpath:";
    private static final List<String> AUTHORIZATION = List.of("authorization");

    private final ConfigReader reader;
    private final ConfigValues values;
    private final List<String> upstreamNames;

    RelationConfigReader(ConfigReader reader, ConfigValues values, List<String> upstreamNames) {
        this.reader = reader;
        this.values = values;
        this.upstreamNames = List.copyOf(upstreamNames);
    }

    RelationsConfig read() {
        List<LocalSchemaSource> localSchemas = localSchemas();
        Set<String> delayedFields = reader.names(ConfigReader.DELAYED_FIELDS, "a Type.field coordinate");
        List<ForeignKeyConfig> foreignKeys = entries(ConfigReader.FOREIGN_KEYS, "foreign key", FOREIGN_KEY, this::foreignKey);
        List<JoinConfig> joins = entries(ConfigReader.JOINS, "join", JOIN, this::join);
        List<FieldDependencyConfig> fieldDependencies = entries(ConfigReader.FIELD_DEPENDENCIES, "field dependency",
                FIELD_DEPENDENCY, this::fieldDependency);
        List<InsertedFieldConfig> insertedFields = entries(ConfigReader.INSERTED_FIELDS, "inserted field", INSERTED_FIELD,
                this::insertedField);
        List<ProxiedFieldConfig> proxiedFields = entries(ConfigReader.PROXIED_FIELDS, "proxied field", PROXIED_FIELD,
                this::proxiedField);
        checkEachFieldResolvedOnce(claims(foreignKeys, joins, proxiedFields));
        checkForeignKeysHaveNoFieldDependencies(foreignKeys, fieldDependencies);
        return new RelationsConfig(localSchemas, delayedFields, foreignKeys, joins, fieldDependencies, insertedFields,
                proxiedFields);
    }

    private List<LocalSchemaSource> localSchemas() {
        return values.get(ConfigReader.LOCAL_SCHEMAS).map(ConfigSyntax::list).orElse(List.of()).stream()
                .map(this::localSchema)
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<LocalSchemaSource> localSchema(String location) {
        Optional<String> sdl = location.startsWith(CLASSPATH) ? classpathResource(location) : file(location);
        return sdl.map(text -> new LocalSchemaSource(location, text));
    }

    private Optional<String> classpathResource(String location) {
        String path = location.substring(CLASSPATH.length()).trim();
        path = path.startsWith("/") ? path.substring(1) : path;
        try (InputStream resource = path.isEmpty() ? null : resource(path)) {
            if (resource == null) {
                problem(ConfigReader.LOCAL_SCHEMAS, "classpath resource '" + location
                        + "' was not found (give its path inside the application, e.g. classpath:schemas/local.graphqls)");
                return Optional.empty();
            }
            return Optional.of(utf8(resource.readAllBytes()));
        } catch (IOException e) {
            problem(ConfigReader.LOCAL_SCHEMAS, "classpath resource '" + location + "' cannot be read as UTF-8 text: " + e);
            return Optional.empty();
        }
    }

    private static InputStream resource(String path) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream resource = context == null ? null : context.getResourceAsStream(path);
        return resource != null ? resource : ConfigReader.class.getClassLoader().getResourceAsStream(path);
    }

    private Optional<String> file(String location) {
        try {
            Path path = Path.of(location);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                problem(ConfigReader.LOCAL_SCHEMAS, "SDL file '" + location
                        + "' does not exist or cannot be read (give a file path or classpath:some/path.graphqls)");
                return Optional.empty();
            }
            return Optional.of(utf8(Files.readAllBytes(path)));
        } catch (InvalidPathException e) {
            problem(ConfigReader.LOCAL_SCHEMAS, "'" + location
                    + "' is not a valid file path (give a file path or classpath:some/path.graphqls)");
        } catch (IOException e) {
            problem(ConfigReader.LOCAL_SCHEMAS, "SDL file '" + location + "' cannot be read as UTF-8 text: " + e);
        }
        return Optional.empty();
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Reads the entries named in {@code listKey}; an entry with a problem is left out (the
     * problem fails the whole configuration).
     */
    private <T> List<T> entries(String listKey, String kind, String kindPrefix,
                                BiFunction<String, String, Optional<T>> entry) {
        List<String> names = values.get(listKey).map(ConfigSyntax::list).orElse(List.of());
        return reader.distinctNames(listKey, names, kind).stream()
                .map(name -> entry.apply(name, kindPrefix + name + "."))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<ForeignKeyConfig> foreignKey(String name, String prefix) {
        int before = reader.problemCount();
        Coordinate coordinate = coordinate(prefix + "field", "CheckoutComplete.order");
        List<String> on = fieldNames(prefix + "on", "the key field(s) queried in place of the client's selection", "id");
        RelationTarget target = target(prefix);
        String query = required(prefix + "query", "a query template with one __FIELDS placeholder",
                "query GetOrder($id: ID!) { order(id: $id) { __FIELDS } }");
        String batchQuery = value(prefix + "batch-query").orElse(null);
        List<String> forwardHeaders = forwardHeaders(prefix + "forward-headers", AUTHORIZATION);
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new ForeignKeyConfig(name, coordinate.type(), coordinate.field(), on, target, query, batchQuery,
                forwardHeaders));
    }

    private Optional<JoinConfig> join(String name, String prefix) {
        int before = reader.problemCount();
        Coordinate coordinate = coordinate(prefix + "field", "Product.reviews");
        String definition = value(prefix + "definition").orElse(null);
        List<String> key = fieldNames(prefix + "key", "the parent's field(s) that hold the key", "upc");
        RelationTarget target = target(prefix);
        String batchQuery = required(prefix + "batch-query",
                "a query template with one list variable (the parents' keys) and one __FIELDS",
                "query($upcs: [String!]!) { reviewsByProductUpcs(upcs: $upcs) { __FIELDS } }");
        String match = checkFieldName(prefix + "match", required(prefix + "match",
                "the field of each item that equals the parent's key", "productUpc"), "productUpc");
        String result = checkPath(prefix + "result", value(prefix + "result").orElse(null), "reviews");
        List<String> forwardHeaders = forwardHeaders(prefix + "forward-headers", AUTHORIZATION);
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new JoinConfig(name, coordinate.type(), coordinate.field(), definition, key, target, batchQuery,
                match, result, forwardHeaders));
    }

    private Optional<FieldDependencyConfig> fieldDependency(String name, String prefix) {
        int before = reader.problemCount();
        String upstream = upstream(prefix + "upstream", "the upstream the selection is added to");
        Coordinate coordinate = coordinate(prefix + "field", "Product.image");
        String query = required(prefix + "query", "the selection to add on the parent", "{ metadata { thumb } }");
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new FieldDependencyConfig(name, upstream, coordinate.type(), coordinate.field(), query));
    }

    private Optional<InsertedFieldConfig> insertedField(String name, String prefix) {
        int before = reader.problemCount();
        String type = typeName(prefix + "type");
        String definition = required(prefix + "definition", "the SDL of the field", "thumbnailUrl(w: Int, h: Int): String!");
        String resolver = resolver(prefix + "resolver");
        boolean queryParams = InsertedFieldConfig.QUERY_PARAMS.equals(resolver);
        String url = queryParams ? queryParamsUrl(prefix + "url") : null;
        Map<String, String> params = queryParams ? params(prefix + "params") : Map.of();
        if (resolver == null) {
            checkOnlyWithQueryParams(prefix + "url", prefix + "resolver");
            checkOnlyWithQueryParams(prefix + "params", prefix + "resolver");
        }
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new InsertedFieldConfig(name, type, definition, resolver, url, params));
    }

    private Optional<ProxiedFieldConfig> proxiedField(String name, String prefix) {
        int before = reader.problemCount();
        Coordinate coordinate = coordinate(prefix + "field", "Query.products");
        RelationTarget target = target(prefix);
        List<String> forwardHeaders = forwardHeaders(prefix + "forward-headers", List.of());
        if (reader.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new ProxiedFieldConfig(name, coordinate.type(), coordinate.field(), target, forwardHeaders));
    }

    /**
     * Reads {@code <prefix>upstream} or {@code <prefix>url}, exactly one of them.
     */
    private RelationTarget target(String prefix) {
        Optional<String> url = value(prefix + "url");
        if (url.isPresent() && value(prefix + "upstream").isPresent()) {
            problem(prefix + "upstream", "is set together with " + prefix
                    + "url: set only one of them, the upstream's name (e.g. store) or an endpoint URL");
            return null;
        }
        if (url.isPresent()) {
            URI endpoint = reader.httpUrl(prefix + "url", url.get());
            return endpoint == null ? null : RelationTarget.ofUrl(endpoint);
        }
        String upstream = upstream(prefix + "upstream", "name the upstream to fetch from (or set " + prefix + "url)");
        return upstream == null ? null : RelationTarget.ofUpstream(upstream);
    }

    private String upstream(String key, String what) {
        String upstream = required(key, what, upstreamNames.isEmpty() ? "store" : upstreamNames.get(0));
        if (upstream != null && !upstreamNames.contains(upstream)) {
            String known = upstreamNames.isEmpty() ? "none is listed" : "known: " + String.join(", ", upstreamNames);
            problem(key, "'" + upstream + "' is not an upstream listed in " + ConfigReader.UPSTREAMS + " (" + known + ")");
        }
        return upstream;
    }

    /**
     * Reads forwarded header names: {@code true} means {@code authorization}, {@code false} none.
     */
    private List<String> forwardHeaders(String key, List<String> defaultHeaders) {
        Optional<String> value = value(key);
        if (value.isEmpty()) {
            return defaultHeaders;
        }
        if (value.get().equalsIgnoreCase("true")) {
            return AUTHORIZATION;
        }
        if (value.get().equalsIgnoreCase("false")) {
            return List.of();
        }
        return reader.headerNames(key);
    }

    private String resolver(String key) {
        String resolver = value(key).orElse(null);
        if (resolver != null && !resolver.equals(InsertedFieldConfig.QUERY_PARAMS)) {
            problem(key, "'" + resolver + "' is not a built-in resolver (built-in: " + InsertedFieldConfig.QUERY_PARAMS
                    + ", a URL from a sibling field plus query parameters); leave it unset when a CDI resolver supplies the field");
        }
        return resolver;
    }

    private String queryParamsUrl(String key) {
        String url = required(key, "with resolver " + InsertedFieldConfig.QUERY_PARAMS
                + ", the dotted path of the URL on the parent", "imageUrl");
        return checkPath(key, url, "imageUrl");
    }

    private Map<String, String> params(String key) {
        Optional<String> value = value(key);
        if (value.isEmpty()) {
            return Map.of();
        }
        Optional<Map<String, String>> pairs = ConfigSyntax.pairs(value.get());
        if (pairs.isEmpty()) {
            problem(key, "must be name=value pairs separated by commas, e.g. h=128,w=128,fit=min");
            return Map.of();
        }
        return pairs.get();
    }

    private void checkOnlyWithQueryParams(String key, String resolverKey) {
        if (value(key).isPresent()) {
            problem(key, "is only used with the built-in resolver: set " + resolverKey + "="
                    + InsertedFieldConfig.QUERY_PARAMS + ", or remove it");
        }
    }

    private Coordinate coordinate(String key, String example) {
        String coordinate = required(key, "the Type.field coordinate of the field", example);
        if (coordinate == null) {
            return null;
        }
        if (!ConfigReader.isCoordinate(coordinate, 2)) {
            problem(key, "'" + coordinate + "' is not a Type.field coordinate, e.g. " + example);
            return null;
        }
        int dot = coordinate.indexOf('.');
        return new Coordinate(coordinate.substring(0, dot), coordinate.substring(dot + 1));
    }

    private String typeName(String key) {
        String type = required(key, "the type the field is added to", "Product");
        if (type != null && !ConfigReader.isGraphQLName(type)) {
            problem(key, "'" + type + "' is not a type name, e.g. Product");
        }
        return type;
    }

    private List<String> fieldNames(String key, String what, String example) {
        List<String> names = values.get(key).map(ConfigSyntax::list).orElse(List.of());
        if (names.isEmpty()) {
            problem(key, "is required: " + what + ", e.g. " + example);
        }
        names.forEach(name -> checkFieldName(key, name, example));
        return names;
    }

    private String checkFieldName(String key, String name, String example) {
        if (name != null && !ConfigReader.isGraphQLName(name)) {
            problem(key, "'" + name + "' is not a field name, e.g. " + example);
        }
        return name;
    }

    private String checkPath(String key, String path, String example) {
        if (path != null && !Arrays.stream(path.split("\\.", -1)).allMatch(ConfigReader::isGraphQLName)) {
            problem(key, "'" + path + "' is not a dotted path of field names, e.g. " + example);
        }
        return path;
    }

    /**
     * The trimmed value of {@code key}, or {@code null} after reporting it as required.
     */
    private String required(String key, String what, String example) {
        Optional<String> value = value(key);
        if (value.isEmpty()) {
            problem(key, "is required: " + what + ", e.g. " + example);
        }
        return value.orElse(null);
    }

    private Optional<String> value(String key) {
        return values.get(key).map(String::trim).filter(text -> !text.isEmpty());
    }

    private List<Claim> claims(List<ForeignKeyConfig> foreignKeys, List<JoinConfig> joins,
                               List<ProxiedFieldConfig> proxiedFields) {
        List<Claim> claims = new ArrayList<>();
        foreignKeys.forEach(entry -> claims.add(new Claim("foreign key '" + entry.name() + "'",
                FOREIGN_KEY + entry.name() + ".field", entry.coordinate())));
        joins.forEach(entry -> claims.add(new Claim("join '" + entry.name() + "'",
                JOIN + entry.name() + ".field", entry.coordinate())));
        proxiedFields.forEach(entry -> claims.add(new Claim("proxied field '" + entry.name() + "'",
                PROXIED_FIELD + entry.name() + ".field", entry.coordinate())));
        return claims;
    }

    private void checkEachFieldResolvedOnce(List<Claim> claims) {
        Map<String, Claim> firstByCoordinate = new HashMap<>();
        for (Claim claim : claims) {
            Claim first = firstByCoordinate.putIfAbsent(claim.coordinate(), claim);
            if (first != null) {
                problem(claim.key(), claim.coordinate() + " is resolved by both " + first.entry() + " and " + claim.entry()
                        + ": keep one foreign key, join or proxied field per field");
            }
        }
    }

    private void checkForeignKeysHaveNoFieldDependencies(List<ForeignKeyConfig> foreignKeys,
                                                        List<FieldDependencyConfig> fieldDependencies) {
        Map<String, String> dependencyByCoordinate = new HashMap<>();
        fieldDependencies.forEach(dependency -> dependencyByCoordinate.putIfAbsent(dependency.coordinate(), dependency.name()));
        foreignKeys.stream()
                .filter(foreignKey -> dependencyByCoordinate.containsKey(foreignKey.coordinate()))
                .forEach(foreignKey -> problem(FOREIGN_KEY + foreignKey.name() + ".field", "Foreign key '" + foreignKey.name()
                        + "' can't be created for " + foreignKey.coordinate() + " because field dependency '"
                        + dependencyByCoordinate.get(foreignKey.coordinate()) + "' was previously defined for it: remove one of them"));
    }

    private void problem(String key, String message) {
        reader.problem(key, message);
    }

    /**
     * A {@code Type.field} coordinate split into its parts.
     */
    private record Coordinate(String type, String field) {
    }

    /**
     * An entry that says how a field is resolved, for finding two entries on one field.
     */
    private record Claim(String entry, String key, String coordinate) {
    }
}
