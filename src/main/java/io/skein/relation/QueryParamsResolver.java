package io.skein.relation;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves a field to a URL taken from its parent with query parameters added, for example an
 * imgix thumbnail URL ({@code thumbnailUrl(w: Int, h: Int): String}) built from {@code imageUrl}.
 * The Java counterpart of Ariadne GraphQL Proxy's imgix {@code get_query_params_resolver}.
 *
 * <p>Parameters are the defaults in their iteration order; a non-null field argument replaces the
 * default of the same name in place, or is appended after the defaults. They are then merged into
 * the URL's query: existing parameters stay as written and in order, except that one the resolver
 * sets is replaced at its position (later duplicates of it are dropped); new ones are appended and
 * a fragment stays at the end. Names and values are percent-encoded as an RFC 3986 query component
 * (UTF-8, space as {@code %20}); integral numbers render without decimals and lists as
 * comma-separated values. A null URL resolves to null.
 */
public final class QueryParamsResolver implements DataFetcher<String> {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Function<DataFetchingEnvironment, String> url;
    private final Map<String, Object> defaultParams;
    private final String urlPath;

    private QueryParamsResolver(Function<DataFetchingEnvironment, String> url, Map<String, ?> defaultParams,
            String urlPath) {
        this.url = Objects.requireNonNull(url, "url");
        this.defaultParams = copyDefaults(defaultParams);
        this.urlPath = urlPath;
    }

    /**
     * A resolver reading the URL from the parent at {@code dottedUrlPath} (see {@link ParentValues}).
     *
     * @param defaultParams parameters added to every URL, in iteration order (pass a
     *     {@code LinkedHashMap}); null values are ignored
     * @throws IllegalArgumentException when the path is not dot-separated GraphQL names or a default
     *     parameter has no name
     */
    public static QueryParamsResolver fromPath(String dottedUrlPath, Map<String, ?> defaultParams) {
        List<String> segments = ParentValues.segments(dottedUrlPath);
        Function<DataFetchingEnvironment, String> url =
                environment -> text(ParentValues.read(environment.getSource(), segments));
        return new QueryParamsResolver(url, defaultParams, dottedUrlPath);
    }

    /**
     * A resolver computing the URL with {@code url}; a null result resolves the field to null.
     *
     * @param defaultParams parameters added to every URL, in iteration order (pass a
     *     {@code LinkedHashMap}); null values are ignored
     */
    public static QueryParamsResolver from(Function<DataFetchingEnvironment, String> url,
            Map<String, ?> defaultParams) {
        return new QueryParamsResolver(url, defaultParams, null);
    }

    /**
     * The parent's dotted path the URL is read from, when built with {@link #fromPath}; the proxy
     * fetches it from the upstream even when the client did not select it.
     */
    public Optional<String> urlPath() {
        return Optional.ofNullable(urlPath);
    }

    @Override
    public String get(DataFetchingEnvironment environment) {
        String base = url.apply(environment);
        if (base == null) {
            return null;
        }
        return withParams(base, encodedParams(environment));
    }

    private static Map<String, Object> copyDefaults(Map<String, ?> defaultParams) {
        Objects.requireNonNull(defaultParams, "defaultParams");
        Map<String, Object> copy = new LinkedHashMap<>();
        defaultParams.forEach((name, value) -> {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("Default query parameter names must not be empty");
            }
            if (value != null) {
                copy.put(name, value);
            }
        });
        return copy;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Parameter name to its encoded {@code name=value} pair, defaults first. */
    private Map<String, String> encodedParams(DataFetchingEnvironment environment) {
        Map<String, Object> params = new LinkedHashMap<>(defaultParams);
        environment.getArguments().forEach((name, value) -> {
            if (value != null) {
                params.put(name, value);
            }
        });
        Map<String, String> encoded = new LinkedHashMap<>();
        params.forEach((name, value) -> encoded.put(name, encode(name) + "=" + encode(render(value))));
        return encoded;
    }

    private static String withParams(String url, Map<String, String> params) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        int question = beforeFragment.indexOf('?');
        if (question < 0) {
            return params.isEmpty() ? url : beforeFragment + "?" + String.join("&", params.values()) + fragment;
        }
        String query = mergeQuery(beforeFragment.substring(question + 1), params);
        return beforeFragment.substring(0, question + 1) + query + fragment;
    }

    private static String mergeQuery(String query, Map<String, String> params) {
        Map<String, String> pending = new LinkedHashMap<>(params);
        List<String> kept = new ArrayList<>();
        for (String existing : query.split("&", -1)) {
            String name = decodedName(existing);
            if (!params.containsKey(name)) {
                kept.add(existing);
            } else if (pending.containsKey(name)) {
                kept.add(pending.remove(name));
            }
        }
        return appendPairs(String.join("&", kept), String.join("&", pending.values()));
    }

    private static String appendPairs(String query, String pairs) {
        if (pairs.isEmpty()) {
            return query;
        }
        if (query.isEmpty() || query.endsWith("&")) {
            return query + pairs;
        }
        return query + "&" + pairs;
    }

    /** The name of an existing {@code name=value} pair, percent-decoded; as written if malformed. */
    private static String decodedName(String pair) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name;
        }
    }

    private static String render(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream()
                    .filter(Objects::nonNull)
                    .map(QueryParamsResolver::render)
                    .collect(Collectors.joining(","));
        }
        if (value instanceof Number number) {
            return renderNumber(number);
        }
        return String.valueOf(value);
    }

    private static String renderNumber(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        boolean floating = number instanceof Double || number instanceof Float;
        if (floating && Double.isFinite(number.doubleValue())) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return number.toString();
    }

    /** RFC 3986: everything but unreserved characters is percent-encoded as UTF-8. */
    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (isUnreserved(b)) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
                || b == '-' || b == '.' || b == '_' || b == '~';
    }
}
