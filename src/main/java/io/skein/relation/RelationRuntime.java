package io.skein.relation;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import io.skein.ErrorCode;
import io.skein.cache.LruCache;
import io.skein.execution.ProxyError;
import io.skein.execution.ProxyRequest;
import io.skein.execution.UpstreamClient;
import io.skein.execution.UpstreamException;
import io.skein.execution.UpstreamRequest;
import io.skein.execution.UpstreamResponse;
import io.skein.plan.QueryPlanner;
import io.skein.plan.QueryPlanner.Narrowed;
import io.skein.plan.RelationRules;
import io.skein.schema.FieldOwnership;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * What the relation data fetchers of one graph share: narrowing client selections for an upstream
 * (cached per operation and path), sending operations, and turning upstream errors into field
 * errors.
 */
final class RelationRuntime {

    private final FieldOwnership ownership;
    private final RelationRules rules;
    private final UpstreamClient client;
    private final LruCache<String, Narrowed> narrowings;

    RelationRuntime(FieldOwnership ownership, RelationRules rules, UpstreamClient client, int cacheSize) {
        this.ownership = ownership;
        this.rules = rules;
        this.client = client;
        this.narrowings = new LruCache<>(cacheSize);
    }

    QueryPlanner planner(DataFetchingEnvironment environment) {
        return new QueryPlanner(environment.getGraphQLSchema(), ownership, rules);
    }

    /**
     * The client's selection of the field being fetched, narrowed for {@code upstream} (or for an
     * API by URL when {@code null}); planned once per operation and path.
     */
    Narrowed narrow(DataFetchingEnvironment environment, String upstream) {
        return planned(environment, "field", upstream, () -> {
            GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(environment.getFieldType());
            return planner(environment).narrow(environment.getDocument(), environment.getOperationDefinition(),
                    environment.getMergedField().getFields(), type.getName(), upstream);
        });
    }

    /**
     * A narrowing of the field being fetched, planned once per operation, path, kind and upstream.
     */
    Narrowed planned(DataFetchingEnvironment environment, String kind, String upstream, Supplier<Narrowed> planner) {
        ProxyRequest request = request(environment);
        String key = request.query() + '\u0000' + request.operationName() + '\u0000' + pathPattern(environment) + '\u0000' + kind
                + '\u0000' + upstream;
        return narrowings.get(key, planner);
    }

    /**
     * The response keys from the root to the field, list indexes left out: the same for every
     * instance of the field in a response.
     */
    static String pathPattern(DataFetchingEnvironment environment) {
        StringBuilder pattern = new StringBuilder();
        for (Object segment : environment.getExecutionStepInfo().getPath().toList()) {
            if (segment instanceof String key) {
                pattern.append('/').append(key);
            }
        }
        return pattern.toString();
    }

    static ProxyRequest request(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().get(ProxyRequest.class);
    }

    /**
     * Sends one operation; a failure of the request as a whole completes the result exceptionally
     * with an {@link UpstreamException}.
     */
    CompletableFuture<UpstreamResponse> send(RelationTarget target, OperationDefinition.Operation kind, String name,
                                             List<VariableDefinition> variables, List<Selection> selections,
                                             Map<String, Object> values, ProxyRequest request) {
        OperationDefinition operation = OperationDefinition.newOperationDefinition()
                .operation(kind)
                .name(name)
                .variableDefinitions(variables)
                .selectionSet(new SelectionSet(selections))
                .build();
        String text = AstPrinter.printAstCompact(Document.newDocument().definition(operation).build());
        UpstreamRequest upstreamRequest = new UpstreamRequest(target.upstream(), text, name, values, request.headers(),
                target.forwardHeaders().headers(request.headers()));
        try {
            return client.execute(upstreamRequest).exceptionallyCompose(error -> CompletableFuture.failedFuture(
                    asUpstreamException(target, error)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(asUpstreamException(target, e));
        }
    }

    static UpstreamException asUpstreamException(RelationTarget target, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof UpstreamException upstreamException) {
            return upstreamException;
        }
        String label = target.upstream().label();
        return new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, label, "Upstream '" + label + "' could not be queried", cause);
    }

    /**
     * Client variable values for several narrowed selections sent in one operation.
     */
    static Map<String, Object> clientValues(List<Narrowed> selections, ProxyRequest request) {
        Map<String, Object> values = new LinkedHashMap<>();
        selections.forEach(selection -> values.putAll(selection.values().select(request.variables())));
        return values;
    }

    /**
     * The client variables several narrowed selections use, each declared once.
     */
    static List<VariableDefinition> clientVariables(List<Narrowed> selections) {
        Map<String, VariableDefinition> definitions = new LinkedHashMap<>();
        selections.forEach(selection -> selection.variables().forEach(definition -> definitions.putIfAbsent(definition.getName(),
                definition)));
        return new ArrayList<>(definitions.values());
    }

    /**
     * A field's value with the errors of its lookup, their paths made the client's.
     */
    static DataFetcherResult<Object> fieldResult(Object value, List<GraphQLError> errors) {
        return DataFetcherResult.newResult().data(value).errors(errors).build();
    }

    static GraphQLError failureError(RelationTarget target, UpstreamException failure, List<Object> path) {
        return ProxyError.of(failure.code(), target.upstream().label(), failure.getMessage(), path);
    }

    /**
     * An upstream's error about a lookup, placed at {@code fieldPath} plus the error's path below
     * the looked-up value.
     */
    static GraphQLError upstreamError(RelationTarget target, Map<String, Object> error, List<Object> fieldPath) {
        Map<String, Object> placed = new LinkedHashMap<>(error);
        List<Object> path = new ArrayList<>(fieldPath);
        if (error.get("relativePath") instanceof List<?> relative) {
            path.addAll(relative);
        }
        placed.remove("relativePath");
        placed.put("path", path);
        return ProxyError.fromUpstream(placed, target.upstream().label());
    }
}
