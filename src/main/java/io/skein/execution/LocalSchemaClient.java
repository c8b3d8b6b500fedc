package io.skein.execution;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the operations of local executable schemas in-process, with graphql-java and the schema's
 * own data fetchers; passes operations for every other upstream to the next client. The client's
 * request headers are in the local schema's GraphQL context under {@code RequestHeaders.class}.
 */
public final class LocalSchemaClient implements UpstreamClient {

    private final Map<String, GraphQL> localSchemas = new LinkedHashMap<>();
    private final UpstreamClient next;

    public LocalSchemaClient(Map<String, GraphQLSchema> localSchemas, UpstreamClient next) {
        localSchemas.forEach((name, schema) -> this.localSchemas.put(name, GraphQL.newGraphQL(schema).build()));
        this.next = next;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<UpstreamResponse> execute(UpstreamRequest request) {
        GraphQL local = localSchemas.get(request.upstream().name());
        if (local == null) {
            return next.execute(request);
        }
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .graphQLContext(Map.of(RequestHeaders.class, request.clientHeaders()))
                .build();
        return local.executeAsync(input).thenApply(result -> {
            Map<String, Object> response = result.toSpecification();
            return new UpstreamResponse(
                    (Map<String, Object>) response.get("data"),
                    (List<Map<String, Object>>) response.get("errors"),
                    (Map<String, Object>) response.get("extensions"));
        });
    }
}
