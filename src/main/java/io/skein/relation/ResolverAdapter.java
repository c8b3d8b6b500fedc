package io.skein.relation;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLOutputType;
import io.skein.execution.LocalObject;
import java.util.concurrent.CompletionStage;

/**
 * Runs application code as a field's resolver: the code sees the parent as it was returned (a
 * resolver's own object unwrapped), and what it returns, directly, in a
 * {@link DataFetcherResult} or through a {@link CompletionStage}, has its objects marked as
 * resolver objects, whose fields are read by name.
 */
final class ResolverAdapter implements DataFetcher<Object> {

    private final DataFetcher<?> resolver;

    ResolverAdapter(DataFetcher<?> resolver) {
        this.resolver = resolver;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        DataFetchingEnvironment seen = environment.getSource() instanceof LocalObject local
                ? DataFetchingEnvironmentImpl.newDataFetchingEnvironment(environment).source(local.value()).build()
                : environment;
        return adapt(resolver.get(seen), environment.getFieldType());
    }

    private static Object adapt(Object result, GraphQLOutputType type) {
        if (result instanceof CompletionStage<?> stage) {
            return stage.toCompletableFuture().thenApply(value -> adapt(value, type));
        }
        if (result instanceof DataFetcherResult<?> fetcherResult) {
            @SuppressWarnings("unchecked")
            DataFetcherResult<Object> objectResult = (DataFetcherResult<Object>) fetcherResult;
            return objectResult.transform(builder -> builder.data(LocalObject.wrap(objectResult.getData(), type)));
        }
        return LocalObject.wrap(result, type);
    }
}
