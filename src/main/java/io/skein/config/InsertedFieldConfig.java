package io.skein.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A field added to a type and resolved inside the proxy, as configured under
 * {@code skein.inserted-field.<name>.*}.
 *
 * @param name       the entry's name in {@code skein.inserted-fields}
 * @param type       the type the field is added to, e.g. {@code Product}
 * @param definition the SDL of the field, e.g. {@code thumbnailUrl(w: Int, h: Int): String!}, not parsed yet
 * @param resolver   the built-in resolver ({@value #QUERY_PARAMS}), or {@code null} when a CDI
 *                   resolver supplies the value
 * @param url        for {@value #QUERY_PARAMS}: the dotted path of the URL on the parent, e.g.
 *                   {@code imageUrl}; otherwise {@code null}
 * @param params     for {@value #QUERY_PARAMS}: default query parameters in configured order;
 *                   field arguments override them
 */
public record InsertedFieldConfig(
        String name,
        String type,
        String definition,
        String resolver,
        String url,
        Map<String, String> params) {

    /**
     * The built-in resolver that adds query parameters to a URL read from a sibling field.
     */
    public static final String QUERY_PARAMS = "query-params";

    public InsertedFieldConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(definition, "definition");
        if (resolver != null && !resolver.equals(QUERY_PARAMS)) {
            throw new IllegalArgumentException("unknown resolver " + resolver);
        }
        if (QUERY_PARAMS.equals(resolver) && url == null) {
            throw new IllegalArgumentException(QUERY_PARAMS + " needs a url");
        }
        if (resolver == null && (url != null || !params.isEmpty())) {
            throw new IllegalArgumentException("url and params are only used with " + QUERY_PARAMS);
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
