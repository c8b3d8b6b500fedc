package io.skein.transport;

import java.util.Map;

/**
 * The parameters of a GraphQL-over-HTTP request, checked: when {@link #problem()} is set, the
 * request is invalid and it says why.
 */
record RequestParameters(String query, String operationName, Map<String, Object> variables, Map<String, Object> extensions,
                         String problem) {

    static RequestParameters fromJson(Map<?, ?> body) {
        Object query = body.get("query");
        if (!(query instanceof String text)) {
            return invalid(query == null ? "The request has no 'query': send the GraphQL document as a string"
                    : "'query' must be a string");
        }
        Object operationName = body.get("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return invalid("'operationName' must be a string or null");
        }
        Object variables = body.get("variables");
        if (variables != null && !(variables instanceof Map)) {
            return invalid("'variables' must be an object or null");
        }
        Object extensions = body.get("extensions");
        if (extensions != null && !(extensions instanceof Map)) {
            return invalid("'extensions' must be an object or null");
        }
        return new RequestParameters(text, (String) operationName, asMap(variables), asMap(extensions), null);
    }

    static RequestParameters fromUrl(Map<String, String> parameters) {
        String query = parameters.get("query");
        if (query == null) {
            return invalid("The request has no 'query' parameter");
        }
        Object variables = parsed(parameters.get("variables"));
        if (variables == INVALID || variables != null && !(variables instanceof Map)) {
            return invalid("The 'variables' parameter must be a JSON object");
        }
        Object extensions = parsed(parameters.get("extensions"));
        if (extensions == INVALID || extensions != null && !(extensions instanceof Map)) {
            return invalid("The 'extensions' parameter must be a JSON object");
        }
        String operationName = parameters.get("operationName");
        return new RequestParameters(query, operationName == null || operationName.isEmpty() ? null : operationName,
                asMap(variables), asMap(extensions), null);
    }

    private static final Object INVALID = new Object();

    private static Object parsed(String json) {
        if (json == null || json.isEmpty() || json.trim().equals("null")) {
            return null;
        }
        return JsonCodec.parse(json).orElse(INVALID);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static RequestParameters invalid(String problem) {
        return new RequestParameters(null, null, null, null, problem);
    }
}
