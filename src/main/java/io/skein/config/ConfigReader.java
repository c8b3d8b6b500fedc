package io.skein.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the configuration contract ({@code skein.*} keys) into a {@link SkeinConfig}, collecting
 * every problem before failing so that one deployment attempt reports them all.
 */
public final class ConfigReader {

    public static final String UPSTREAMS = "skein.upstreams";
    public static final String MAX_REQUEST_BYTES = "skein.request.max-bytes";
    public static final String DOCUMENT_CACHE_SIZE = "skein.document-cache.size";
    public static final String LOCAL_SCHEMAS = "skein.local-schemas";
    public static final String DELAYED_FIELDS = "skein.delayed-fields";
    public static final String FOREIGN_KEYS = "skein.foreign-keys";
    public static final String JOINS = "skein.joins";
    public static final String FIELD_DEPENDENCIES = "skein.field-dependencies";
    public static final String INSERTED_FIELDS = "skein.inserted-fields";
    public static final String PROXIED_FIELDS = "skein.proxied-fields";

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+");
    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final ConfigValues values;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private ConfigReader(ConfigValues values) {
        this.values = values;
    }

    /**
     * Reads and validates the configuration.
     *
     * @throws InvalidConfigurationException listing every problem, each with its key
     */
    public static SkeinConfig read(ConfigValues values) {
        return new ConfigReader(values).read();
    }

    static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static boolean isGraphQLName(String text) {
        return GRAPHQL_NAME.matcher(text).matches();
    }

    /**
     * Whether {@code text} is {@code parts} GraphQL names separated by dots, e.g. {@code Type.field} for two.
     */
    static boolean isCoordinate(String text, int parts) {
        String[] segments = text.split("\\.", -1);
        return segments.length == parts && Arrays.stream(segments).allMatch(ConfigReader::isGraphQLName);
    }

    private SkeinConfig read() {
        List<String> upstreamNames = upstreamNames();
        List<UpstreamConfig> upstreams = upstreamNames.stream()
                .map(this::upstream)
                .flatMap(Optional::stream)
                .toList();
        int maxRequestBytes = positiveInt(MAX_REQUEST_BYTES, SkeinConfig.DEFAULT_MAX_REQUEST_BYTES);
        int documentCacheSize = positiveInt(DOCUMENT_CACHE_SIZE, SkeinConfig.DEFAULT_DOCUMENT_CACHE_SIZE);
        RelationsConfig relations = new RelationConfigReader(this, values, upstreamNames).read();
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new SkeinConfig(upstreams, maxRequestBytes, documentCacheSize, relations);
    }

    private List<String> upstreamNames() {
        Optional<String> value = values.get(UPSTREAMS);
        if (value.isEmpty() || ConfigSyntax.list(value.get()).isEmpty()) {
            problem(UPSTREAMS, "is required: name the upstream GraphQL APIs to merge, e.g. store,reviews");
            return List.of();
        }
        return distinctNames(UPSTREAMS, ConfigSyntax.list(value.get()), "upstream");
    }

    /**
     * The names of a list key that are lower-case letters and digits and listed once; each other
     * one is a problem of the key.
     */
    List<String> distinctNames(String key, List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        List<String> valid = new ArrayList<>();
        for (String name : names) {
            if (!NAME.matcher(name).matches()) {
                problem(key, "'" + name + "' is not a valid " + what + " name (use lower-case letters and digits, e.g. "
                        + suggestedName(name) + ")");
            } else if (!seen.add(name)) {
                problem(key, "'" + name + "' is listed more than once");
            } else {
                valid.add(name);
            }
        }
        return valid;
    }

    private static String suggestedName(String name) {
        String suggestion = lowerCase(name).replaceAll("[^a-z0-9]", "");
        return suggestion.isEmpty() ? "store" : suggestion;
    }

    private Optional<UpstreamConfig> upstream(String name) {
        String prefix = "skein.upstream." + name + ".";
        int before = problems.size();
        URI url = url(prefix + "url");
        Optional<Path> schema = values.get(prefix + "schema").map(path -> schemaFile(prefix + "schema", path));
        Map<String, String> headers = headers(prefix + "headers");
        List<String> forwardHeaders = headerNames(prefix + "forward-headers");
        Duration timeout = timeout(prefix + "timeout");
        String label = values.get(prefix + "label").map(String::trim).filter(text -> !text.isEmpty()).orElse(name);
        SchemaFilter filter = filter(prefix);
        boolean proxyErrors = bool(prefix + "proxy-errors", true);
        boolean proxyExtensions = bool(prefix + "proxy-extensions", true);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(UpstreamConfig.newUpstream(name, url)
                .schema(schema)
                .headers(headers)
                .forwardHeaders(forwardHeaders)
                .timeout(timeout)
                .label(label)
                .filter(filter)
                .proxyErrors(proxyErrors)
                .proxyExtensions(proxyExtensions)
                .build());
    }

    private SchemaFilter filter(String prefix) {
        Optional<List<String>> queries = values.get(prefix + "queries").map(ConfigSyntax::list);
        Optional<List<String>> mutations = values.get(prefix + "mutations").map(ConfigSyntax::list);
        queries.ifPresent(fields -> checkNames(prefix + "queries", fields));
        mutations.ifPresent(fields -> checkNames(prefix + "mutations", fields));
        Set<String> excludeTypes = names(prefix + "exclude-types", "a type name");
        Set<String> excludeFields = names(prefix + "exclude-fields", "a Type.field coordinate");
        Set<String> excludeArguments = names(prefix + "exclude-args", "a Type.field.argument coordinate");
        Set<String> excludeDirectives = names(prefix + "exclude-directives", "a directive name");
        Set<String> excludeDirectiveArguments = names(prefix + "exclude-directive-args", "a directive.argument coordinate");
        Set<String> extraFields = names(prefix + "extra-fields", "a Type.field coordinate");
        checkKeptRootFields(prefix + "queries", "Query", queries, excludeFields);
        checkKeptRootFields(prefix + "mutations", "Mutation", mutations, excludeFields);
        return new SchemaFilter(excludeTypes, excludeFields, excludeArguments, excludeDirectives, excludeDirectiveArguments,
                queries, mutations, extraFields);
    }

    /**
     * Reads a list of names or dotted coordinates, as many parts as {@code form} has; a directive
     * may be written with its {@code @}.
     */
    Set<String> names(String key, String form) {
        int parts = form.split("\\.").length;
        Set<String> valid = new LinkedHashSet<>();
        for (String item : values.get(key).map(ConfigSyntax::list).orElse(List.of())) {
            String name = form.startsWith("a directive") && item.startsWith("@") ? item.substring(1) : item;
            if (!isCoordinate(name, parts)) {
                problem(key, "'" + item + "' is not " + form);
            } else {
                valid.add(name);
            }
        }
        return valid;
    }

    private void checkNames(String key, List<String> fields) {
        fields.stream()
                .filter(field -> !isGraphQLName(field))
                .forEach(field -> problem(key, "'" + field + "' is not a field name"));
    }

    private void checkKeptRootFields(String key, String rootType, Optional<List<String>> kept, Set<String> excludeFields) {
        kept.orElse(List.of()).stream()
                .filter(field -> excludeFields.contains(rootType + "." + field))
                .forEach(field -> problem(key, "'" + field + "' is kept here but excluded by exclude-fields (" + rootType + "."
                        + field + ")"));
    }

    private boolean bool(String key, boolean defaultValue) {
        Optional<String> value = values.get(key).map(String::trim);
        if (value.isEmpty()) {
            return defaultValue;
        }
        if (value.get().equalsIgnoreCase("true") || value.get().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.get());
        }
        problem(key, "'" + value.get() + "' is not true or false");
        return defaultValue;
    }

    private URI url(String key) {
        Optional<String> value = values.get(key);
        if (value.isEmpty()) {
            problem(key, "is required: the upstream's GraphQL endpoint, e.g. http://store:8080/graphql");
            return null;
        }
        return httpUrl(key, value.get());
    }

    /**
     * Reads an absolute http or https URL; anything else is a problem of {@code key}.
     */
    URI httpUrl(String key, String value) {
        try {
            URI url = new URI(value.trim());
            if (!url.isAbsolute() || url.getHost() == null || !isHttp(url.getScheme())) {
                problem(key, "'" + value + "' is not an absolute http or https URL, e.g. http://store:8080/graphql");
            }
            return url;
        } catch (URISyntaxException e) {
            problem(key, "'" + value + "' is not a valid URL: " + e.getReason());
            return null;
        }
    }

    private static boolean isHttp(String scheme) {
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    private Path schemaFile(String key, String value) {
        try {
            Path path = Path.of(value.trim());
            if (!Files.isReadable(path)) {
                problem(key, "SDL file '" + value + "' does not exist or cannot be read");
            }
            return path;
        } catch (InvalidPathException e) {
            problem(key, "'" + value + "' is not a valid file path");
            return null;
        }
    }

    private Map<String, String> headers(String key) {
        Optional<String> value = values.get(key);
        if (value.isEmpty()) {
            return Map.of();
        }
        Optional<Map<String, String>> pairs = ConfigSyntax.pairs(value.get());
        if (pairs.isEmpty()) {
            problem(key, "must be Name=value pairs separated by commas, e.g. Authorization=Bearer abc");
            return Map.of();
        }
        pairs.get().keySet().stream()
                .filter(name -> !HEADER_NAME.matcher(name).matches())
                .forEach(name -> problem(key, "'" + name + "' is not a valid HTTP header name"));
        return pairs.get();
    }

    List<String> headerNames(String key) {
        List<String> names = values.get(key).map(ConfigSyntax::list).orElse(List.of());
        names.stream()
                .filter(name -> !HEADER_NAME.matcher(name).matches())
                .forEach(name -> problem(key, "'" + name + "' is not a valid HTTP header name"));
        return names;
    }

    private Duration timeout(String key) {
        Optional<String> value = values.get(key);
        if (value.isEmpty()) {
            return UpstreamConfig.DEFAULT_TIMEOUT;
        }
        Optional<Duration> duration = ConfigSyntax.duration(value.get());
        if (duration.isEmpty() || duration.get().isNegative() || duration.get().isZero()) {
            problem(key, "'" + value.get() + "' is not a positive duration (e.g. 500ms, 5s, 2m or PT5S)");
            return UpstreamConfig.DEFAULT_TIMEOUT;
        }
        return duration.get();
    }

    private int positiveInt(String key, int defaultValue) {
        Optional<String> value = values.get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.get().trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(key, "'" + value.get() + "' is not a positive whole number");
        return defaultValue;
    }

    void problem(String key, String message) {
        problems.add(new ConfigProblem(key, message));
    }

    int problemCount() {
        return problems.size();
    }
}
