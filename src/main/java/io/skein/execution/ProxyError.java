package io.skein.execution;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.skein.ErrorCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error that Skein puts in a client's response: one an upstream reported (its path already in
 * the client's terms) or one Skein raised about an upstream. Either way {@code extensions.upstream}
 * holds the upstream's label.
 */
public final class ProxyError implements GraphQLError {

    private static final long serialVersionUID = 1L;

    private final String message;
    private final List<Object> path;
    private final Map<String, Object> extensions;

    private ProxyError(String message, List<Object> path, Map<String, Object> extensions) {
        this.message = message;
        this.path = path == null ? null : Collections.unmodifiableList(new ArrayList<>(path));
        this.extensions = Collections.unmodifiableMap(extensions);
    }

    /**
     * An error Skein raises for a response path.
     */
    public static ProxyError of(ErrorCode code, String upstreamLabel, String message, List<Object> path) {
        return of(code, upstreamLabel, message, path, Map.of());
    }

    /**
     * An error Skein raises for a response path, with more extensions after {@code code} and
     * {@code upstream}.
     */
    public static ProxyError of(ErrorCode code, String upstreamLabel, String message, List<Object> path,
                                Map<String, Object> moreExtensions) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (upstreamLabel != null) {
            extensions.put("upstream", upstreamLabel);
        }
        extensions.putAll(moreExtensions);
        return new ProxyError(message, path, extensions);
    }

    /**
     * An error an upstream reported, given as the JSON object of its response's {@code errors}.
     * Its locations point into the upstream's operation, not the client's, so they are dropped.
     */
    @SuppressWarnings("unchecked")
    public static ProxyError fromUpstream(Map<String, Object> error, String upstreamLabel) {
        Object message = error.get("message");
        Object path = error.get("path");
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.get("extensions") instanceof Map<?, ?> upstreamExtensions) {
            extensions.putAll((Map<String, Object>) upstreamExtensions);
        }
        extensions.put("upstream", upstreamLabel);
        return new ProxyError(message instanceof String text ? text : "Upstream '" + upstreamLabel + "' reported an error",
                path instanceof List<?> list ? (List<Object>) list : null, extensions);
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return null;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public String toString() {
        return "ProxyError{message='" + message + "', path=" + path + ", extensions=" + extensions + "}";
    }
}
