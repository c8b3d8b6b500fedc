package io.skein.transport;

import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import io.skein.ErrorCode;
import io.skein.execution.GraphStatus;
import io.skein.execution.ProxyGraph;
import io.skein.execution.ProxyRequest;
import io.skein.execution.RequestHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * GraphQL over HTTP (the GraphQL-over-HTTP specification): decodes GET and POST requests, checks
 * them, executes them on the merged graph and chooses the status code and media type of the
 * response. Independent of the server API, so the JAX-RS resource stays a thin adapter.
 */
public final class GraphQLHttpHandler {

    private static final Logger LOG = Logger.getLogger(GraphQLHttpHandler.class.getName());

    private final Supplier<GraphStatus> graphs;

    public GraphQLHttpHandler(Supplier<GraphStatus> graphs) {
        this.graphs = graphs;
    }

    /**
     * Handles a POST whose body has already been read (and bounded) by the caller.
     */
    public CompletionStage<HttpResult> post(String contentType, String contentEncoding, String accept, byte[] body,
                                            RequestHeaders headers) {
        Optional<String> responseType = MediaTypes.negotiate(accept);
        if (responseType.isEmpty()) {
            return done(notAcceptable());
        }
        String type = responseType.get();
        if (contentEncoding != null && !contentEncoding.isBlank() && !contentEncoding.trim().equalsIgnoreCase("identity")) {
            return done(error(415, type, "Content-Encoding '" + contentEncoding + "' is not supported; send the body uncompressed"));
        }
        if (!MediaTypes.isJsonRequest(contentType)) {
            return done(error(415, type, "POST requests must have Content-Type application/json"
                    + (contentType == null ? "" : ", not " + contentType)));
        }
        Optional<Object> json = JsonCodec.parse(new String(body, StandardCharsets.UTF_8));
        if (json.isEmpty()) {
            return done(error(400, type, body.length == 0 ? "The request body is empty: send a JSON object with a 'query'"
                    : "The request body is not valid JSON"));
        }
        if (!(json.get() instanceof Map<?, ?> parameters)) {
            return done(error(400, type, "The request body must be a JSON object with a 'query'"));
        }
        return execute(RequestParameters.fromJson(parameters), headers, type, false);
    }

    /**
     * Handles a GET with its URL query parameters (the first value of each).
     */
    public CompletionStage<HttpResult> get(Map<String, String> parameters, String accept, RequestHeaders headers) {
        Optional<String> responseType = MediaTypes.negotiate(accept);
        if (responseType.isEmpty()) {
            return done(notAcceptable());
        }
        return execute(RequestParameters.fromUrl(parameters), headers, responseType.get(), true);
    }

    private CompletionStage<HttpResult> execute(RequestParameters parameters, RequestHeaders headers, String type, boolean isGet) {
        if (parameters.problem() != null) {
            return done(error(400, type, parameters.problem()));
        }
        GraphStatus status = graphs.get();
        if (status instanceof GraphStatus.NotReady notReady) {
            return done(notReady(notReady, type));
        }
        ProxyGraph graph = ((GraphStatus.Ready) status).graph();
        ProxyRequest request = new ProxyRequest(parameters.query(), parameters.operationName(), parameters.variables(),
                parameters.extensions(), headers);
        Optional<OperationDefinition.Operation> kind = graph.operationKind(request);
        if (kind.isPresent() && kind.get() == OperationDefinition.Operation.SUBSCRIPTION) {
            return done(error(400, type, "Subscriptions cannot be executed over GraphQL over HTTP; send queries and mutations"));
        }
        if (isGet && kind.isPresent() && kind.get() == OperationDefinition.Operation.MUTATION) {
            return done(new HttpResult(405, contentType(type),
                    errorBody("Only queries can be sent with GET; send mutations with POST", ErrorCode.BAD_REQUEST),
                    Map.of("Allow", "POST")));
        }
        return graph.execute(request)
                .thenApply(result -> executed(result, type))
                .exceptionally(error -> internalError(error, type));
    }

    private static HttpResult executed(ExecutionResult result, String type) {
        int status = type.equals(MediaTypes.GRAPHQL_RESPONSE_JSON) && !result.isDataPresent() ? 400 : 200;
        return new HttpResult(status, contentType(type), JsonCodec.write(result.toSpecification()), Map.of());
    }

    private static HttpResult internalError(Throwable error, String type) {
        LOG.log(Level.SEVERE, "Executing a GraphQL request failed", error);
        return new HttpResult(500, contentType(type), errorBody("Skein could not execute the request", ErrorCode.INTERNAL_ERROR),
                Map.of());
    }

    private static HttpResult notReady(GraphStatus.NotReady notReady, String type) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCode.SCHEMA_NOT_READY.name());
        extensions.put("upstreams", notReady.upstreams());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", notReady.message());
        error.put("extensions", extensions);
        return new HttpResult(503, contentType(type), JsonCodec.write(Map.of("errors", List.of(error))), Map.of("Retry-After", "5"));
    }

    private static HttpResult notAcceptable() {
        return new HttpResult(406, contentType(MediaTypes.JSON), errorBody("The response can only be "
                + MediaTypes.GRAPHQL_RESPONSE_JSON + " or " + MediaTypes.JSON + ": check the Accept header", ErrorCode.BAD_REQUEST),
                Map.of());
    }

    /**
     * A response for a request that is not a valid GraphQL-over-HTTP request.
     */
    public static HttpResult error(int status, String type, String message) {
        return new HttpResult(status, contentType(type), errorBody(message, ErrorCode.BAD_REQUEST), Map.of());
    }

    static String errorBody(String message, ErrorCode code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("code", code.name()));
        return JsonCodec.write(Map.of("errors", List.of(error)));
    }

    private static String contentType(String type) {
        return type + "; charset=utf-8";
    }

    private static CompletionStage<HttpResult> done(HttpResult result) {
        return CompletableFuture.completedFuture(result);
    }
}
