package io.skein.relation;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionStepInfo;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.skein.execution.ProxyError;
import io.skein.execution.ProxyRequest;
import io.skein.execution.UpstreamException;
import io.skein.execution.UpstreamResponse;
import io.skein.plan.QueryPlanner;
import io.skein.plan.QueryPlanner.Narrowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Resolves a proxied field: the client's query narrowed to the path of the field (its ancestors
 * with their arguments, then the field's own selection for the upstream) is sent to the target,
 * once per request and path; each instance of the field takes its value at its own path of the
 * answer. Errors under that path become the field's errors; an HTTP error status or body is kept
 * in the error's extensions.
 */
final class ProxiedFieldFetcher implements DataFetcher<CompletableFuture<DataFetcherResult<Object>>> {

    private final String coordinates;
    private final RelationTarget target;
    private final RelationRuntime runtime;

    ProxiedFieldFetcher(String coordinates, RelationTarget target, RelationRuntime runtime) {
        this.coordinates = coordinates;
        this.target = target;
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<DataFetcherResult<Object>> get(DataFetchingEnvironment environment) {
        Sent sent = environment.getGraphQlContext().<SentOperations>computeIfAbsent(SentOperations.class, key -> new SentOperations())
                .operations.computeIfAbsent(coordinates + RelationRuntime.pathPattern(environment), key -> send(environment));
        List<Object> path = environment.getExecutionStepInfo().getPath().toList();
        return sent.response.handle((response, error) -> error == null ? answered(response, path, sent)
                : failed(RelationRuntime.asUpstreamException(target, error), path));
    }

    private Sent send(DataFetchingEnvironment environment) {
        ProxyRequest request = RelationRuntime.request(environment);
        OperationDefinition operation = environment.getOperationDefinition();
        Narrowed narrowed = runtime.planned(environment, "path", target.graphUpstream(), () -> pathToField(environment));
        Map<String, Object> values = narrowed.values().select(request.variables());
        return new Sent(runtime.send(target, operation.getOperation(), operation.getName(), narrowed.variables(),
                narrowed.selections(), values, request));
    }

    /**
     * The client's selection from the root down to the field: the ancestors with their arguments,
     * then the field's own selection narrowed for the target, with the variables they use.
     */
    private Narrowed pathToField(DataFetchingEnvironment environment) {
        Narrowed own = runtime.narrow(environment, target.graphUpstream());
        Field field = environment.getField();
        Selection<?> selection = field.transform(builder -> builder.selectionSet(own.selections().isEmpty() ? null
                : new SelectionSet(own.selections())));
        List<Field> around = new ArrayList<>();
        around.add(field);
        ExecutionStepInfo step = environment.getExecutionStepInfo();
        GraphQLObjectType objectType = step.getObjectType();
        for (ExecutionStepInfo parent = ancestor(step); parent != null && parent.getField() != null; parent = ancestor(parent)) {
            Field parentField = parent.getField().getSingleField();
            Selection<?> child = onType(selection, parent.getUnwrappedNonNullType(), objectType);
            selection = parentField.transform(builder -> builder.selectionSet(new SelectionSet(List.of(child))));
            around.add(parentField);
            objectType = parent.getObjectType();
        }
        QueryPlanner planner = runtime.planner(environment);
        return planner.narrowed(environment.getOperationDefinition(), target.graphUpstream(), List.of(selection), around);
    }

    /**
     * The step of the nearest ancestor field, skipping the steps of list items.
     */
    private static ExecutionStepInfo ancestor(ExecutionStepInfo step) {
        ExecutionStepInfo parent = step.getParent();
        while (parent != null && parent.getField() != null && parent.getField() == step.getField()) {
            parent = parent.getParent();
        }
        return parent;
    }

    /**
     * A selection placed in a field of {@code fieldType}: inside an inline fragment on the object
     * type it was selected on when the field's type is abstract.
     */
    private static Selection<?> onType(Selection<?> selection, GraphQLType fieldType, GraphQLObjectType objectType) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(fieldType);
        if (unwrapped instanceof GraphQLObjectType || objectType == null) {
            return selection;
        }
        return InlineFragment.newInlineFragment()
                .typeCondition(new TypeName(objectType.getName()))
                .selectionSet(new SelectionSet(List.of(selection)))
                .build();
    }

    private DataFetcherResult<Object> answered(UpstreamResponse response, List<Object> path, Sent sent) {
        Object value = valueAt(response.data(), path);
        List<GraphQLError> errors = new ArrayList<>();
        if (target.upstream().proxyErrors()) {
            for (Map<String, Object> error : response.errors()) {
                boolean here = error.get("path") instanceof List<?> errorPath && startsWith(errorPath, path);
                boolean unplaced = !(error.get("path") instanceof List<?> errorPath) || errorPath.isEmpty();
                if (here || (unplaced && sent.unplacedReported.compareAndSet(false, true))) {
                    errors.add(ProxyError.fromUpstream(withStatus(error, response.status(), path, here), target.upstream().label()));
                }
            }
        }
        return RelationRuntime.fieldResult(value, errors);
    }

    private static Map<String, Object> withStatus(Map<String, Object> error, int status, List<Object> path, boolean placed) {
        Map<String, Object> copy = new LinkedHashMap<>(error);
        if (!placed) {
            copy.put("path", path);
        }
        if (status >= 400) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            if (error.get("extensions") instanceof Map<?, ?> existing) {
                existing.forEach((name, value) -> extensions.put(String.valueOf(name), value));
            }
            extensions.put("status", status);
            copy.put("extensions", extensions);
        }
        return copy;
    }

    private DataFetcherResult<Object> failed(UpstreamException failure, List<Object> path) {
        Map<String, Object> response = new LinkedHashMap<>();
        if (failure.status() > 0) {
            response.put("status", failure.status());
            response.put("body", failure.body());
        }
        GraphQLError error = ProxyError.of(failure.code(), target.upstream().label(), failure.getMessage(), path, response);
        return RelationRuntime.fieldResult(null, List.of(error));
    }

    private static boolean startsWith(List<?> errorPath, List<Object> path) {
        if (errorPath.size() < path.size()) {
            return false;
        }
        for (int i = 0; i < path.size(); i++) {
            if (!String.valueOf(errorPath.get(i)).equals(String.valueOf(path.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static Object valueAt(Object data, List<Object> path) {
        Object current = data;
        for (Object segment : path) {
            if (current instanceof Map<?, ?> map && segment instanceof String key) {
                current = map.get(key);
            } else if (current instanceof List<?> list && segment instanceof Integer index && index < list.size()) {
                current = list.get(index);
            } else {
                return null;
            }
        }
        return current;
    }

    /**
     * The operations one request sent for its proxied fields, by field and path.
     */
    static final class SentOperations {
        private final Map<String, Sent> operations = new ConcurrentHashMap<>();
    }

    private static final class Sent {
        private final CompletableFuture<UpstreamResponse> response;
        private final AtomicBoolean unplacedReported = new AtomicBoolean();

        Sent(CompletableFuture<UpstreamResponse> response) {
            this.response = response;
        }
    }
}
