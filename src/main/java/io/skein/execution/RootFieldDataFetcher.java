package io.skein.execution;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;

/**
 * Resolves a root field from the upstream operation that answers it, starting that operation if
 * this is the first field to need it. Never blocks.
 */
final class RootFieldDataFetcher implements DataFetcher<CompletableFuture<DataFetcherResult<Object>>> {

    private final OperationStarter starter;

    RootFieldDataFetcher(OperationStarter starter) {
        this.starter = starter;
    }

    @Override
    public CompletableFuture<DataFetcherResult<Object>> get(DataFetchingEnvironment environment) {
        OperationFetches fetches = environment.getGraphQlContext()
                .computeIfAbsent(OperationFetches.class, key -> starter.start(environment));
        String resultKey = environment.getMergedField().getResultKey();
        return fetches.forResultKey(resultKey)
                .thenApply(outcome -> outcome.fieldResult(resultKey, environment.getExecutionStepInfo().getPath().toList()));
    }

    /**
     * Plans the request's operation and prepares its upstream operations.
     */
    @FunctionalInterface
    interface OperationStarter {
        OperationFetches start(DataFetchingEnvironment environment);
    }
}
