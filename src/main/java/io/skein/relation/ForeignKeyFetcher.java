package io.skein.relation;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.skein.plan.QueryPlanner.Narrowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * Resolves a foreign key: reads the key fields the parent's upstream returned in place of the
 * object (a list of them for a list field) and looks the objects up through the request's data
 * loader for this foreign key. A {@code null} key, or a key with a {@code null} field, gives
 * {@code null} without a lookup.
 */
final class ForeignKeyFetcher implements DataFetcher<CompletableFuture<DataFetcherResult<Object>>> {

    private final String loaderName;
    private final List<String> on;
    private final Lookup lookup;
    private final boolean batched;

    ForeignKeyFetcher(String coordinates, List<String> on, Lookup lookup, boolean batched) {
        this.loaderName = "skein:foreign-key:" + coordinates;
        this.on = List.copyOf(on);
        this.lookup = lookup;
        this.batched = batched;
    }

    @Override
    public CompletableFuture<DataFetcherResult<Object>> get(DataFetchingEnvironment environment) {
        Object keys = environment.getSource() instanceof Map<?, ?> parent ? parent.get(environment.getMergedField().getResultKey()) : null;
        if (keys == null) {
            return CompletableFuture.completedFuture(RelationRuntime.fieldResult(null, List.of()));
        }
        Narrowed selection = lookup.runtime.narrow(environment, lookup.target.graphUpstream());
        DataLoader<LookupKey, LookupResult> loader = environment.getDataLoaderRegistry()
                .computeIfAbsent(loaderName, name -> lookup.newDataLoader(name, RelationRuntime.request(environment)));
        List<Object> path = environment.getExecutionStepInfo().getPath().toList();
        if (!(keys instanceof List<?> list)) {
            return one(loader, keys, selection).thenApply(result -> single(result, path));
        }
        List<CompletableFuture<LookupResult>> results = new ArrayList<>();
        list.forEach(item -> results.add(one(loader, item, selection)));
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).thenApply(done -> several(results, path));
    }

    private CompletableFuture<LookupResult> one(DataLoader<LookupKey, LookupResult> loader, Object item, Narrowed selection) {
        Object key = key(item);
        if (key == null) {
            return CompletableFuture.completedFuture(new LookupResult(List.of(), List.of(), null));
        }
        return loader.load(new LookupKey(key, selection));
    }

    /**
     * The key of one related object: the value of the one key field for a batch query, the key
     * fields by name (the template's variables) for a query template.
     */
    private Object key(Object item) {
        if (!(item instanceof Map<?, ?> fields)) {
            return null;
        }
        if (batched) {
            return fields.get(on.get(0));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : on) {
            if (fields.get(name) == null) {
                return null;
            }
            values.put(name, fields.get(name));
        }
        return values;
    }

    private DataFetcherResult<Object> single(LookupResult result, List<Object> path) {
        return RelationRuntime.fieldResult(first(result), errors(result, path));
    }

    private DataFetcherResult<Object> several(List<CompletableFuture<LookupResult>> results, List<Object> path) {
        List<Object> values = new ArrayList<>();
        List<GraphQLError> errors = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            LookupResult result = results.get(i).join();
            values.add(first(result));
            List<Object> itemPath = new ArrayList<>(path);
            itemPath.add(i);
            errors.addAll(errors(result, itemPath));
        }
        return RelationRuntime.fieldResult(values, errors);
    }

    private static Object first(LookupResult result) {
        return result.values().isEmpty() ? null : result.values().get(0);
    }

    private List<GraphQLError> errors(LookupResult result, List<Object> path) {
        List<GraphQLError> errors = new ArrayList<>();
        if (result.failure() != null) {
            errors.add(RelationRuntime.failureError(lookup.target, result.failure(), path));
        }
        result.errors().forEach(error -> errors.add(RelationRuntime.upstreamError(lookup.target, error, path)));
        return errors;
    }
}
