package io.skein.relation;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.skein.execution.LocalObject;
import io.skein.plan.QueryPlanner.Narrowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * Resolves a join: reads the key from the parent (fetched with it from the parent's upstream) and
 * looks the field up through the request's data loader for this join. A list field collects the
 * values of every matching item, any other field takes the first. A parent whose key is a list
 * joins on each of its keys.
 */
final class JoinFetcher implements DataFetcher<CompletableFuture<DataFetcherResult<Object>>> {

    private final String loaderName;
    private final String key;
    private final Lookup lookup;

    JoinFetcher(String coordinates, String key, Lookup lookup) {
        this.loaderName = "skein:join:" + coordinates;
        this.key = key;
        this.lookup = lookup;
    }

    @Override
    public CompletableFuture<DataFetcherResult<Object>> get(DataFetchingEnvironment environment) {
        boolean list = isList(environment.getFieldType());
        Object keyValue = keyOf(environment.getSource());
        List<Object> keys = new ArrayList<>();
        QueryTemplate.flatten(keyValue, keys);
        if (keys.isEmpty()) {
            return CompletableFuture.completedFuture(RelationRuntime.fieldResult(list ? List.of() : null, List.of()));
        }
        Narrowed selection = lookup.runtime.narrow(environment, lookup.target.graphUpstream());
        DataLoader<LookupKey, LookupResult> loader = environment.getDataLoaderRegistry()
                .computeIfAbsent(loaderName, name -> lookup.newDataLoader(name, RelationRuntime.request(environment)));
        List<CompletableFuture<LookupResult>> results = new ArrayList<>();
        keys.forEach(one -> results.add(loader.load(new LookupKey(one, selection))));
        List<Object> path = environment.getExecutionStepInfo().getPath().toList();
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).thenApply(done -> combined(results, list, path));
    }

    /**
     * The parent's key: under {@code _skein_<key>} when the client used the key's name for another
     * field, else under its name; a resolver's object is read by name.
     */
    private Object keyOf(Object source) {
        if (source instanceof Map<?, ?> parent) {
            Object aliased = parent.get("_skein_" + key);
            return aliased != null ? aliased : parent.get(key);
        }
        return ParentValues.read(LocalObject.unwrap(source), key);
    }

    private DataFetcherResult<Object> combined(List<CompletableFuture<LookupResult>> results, boolean list, List<Object> path) {
        List<Object> values = new ArrayList<>();
        List<GraphQLError> errors = new ArrayList<>();
        for (CompletableFuture<LookupResult> future : results) {
            LookupResult result = future.join();
            values.addAll(result.values());
            if (result.failure() != null) {
                errors.add(RelationRuntime.failureError(lookup.target, result.failure(), path));
            }
            result.errors().forEach(error -> errors.add(RelationRuntime.upstreamError(lookup.target, list ? atField(error) : error, path)));
        }
        Object value = list ? values : values.stream().filter(item -> item != null).findFirst().orElse(null);
        return RelationRuntime.fieldResult(value, errors);
    }

    /**
     * An error placed on a list field itself: where in the collected list its item landed is not
     * tracked.
     */
    private static Map<String, Object> atField(Map<String, Object> error) {
        Map<String, Object> placed = new java.util.LinkedHashMap<>(error);
        placed.remove("relativePath");
        return placed;
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return GraphQLTypeUtil.isList(unwrapped);
    }
}
