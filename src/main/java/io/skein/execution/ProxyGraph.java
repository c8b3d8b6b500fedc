package io.skein.execution;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.validation.GoodFaithIntrospectionExceeded;
import io.skein.config.UpstreamConfig;
import io.skein.plan.PlanCache;
import io.skein.plan.QueryPlan;
import io.skein.plan.QueryPlanner;
import io.skein.schema.MergedSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The executable merged graph: runs client operations by planning them into upstream operations,
 * sending those, and executing the client's operation over what the upstreams answered.
 */
public final class ProxyGraph {

    private final GraphQLSchema schema;
    private final GraphQL graphQL;
    private final QueryPlanner planner;
    private final PlanCache plans;
    private final DocumentCache documents;
    private final Map<String, UpstreamConfig> upstreams = new LinkedHashMap<>();
    private final UpstreamClient client;

    private ProxyGraph(MergedSchema merged, UpstreamClient client, int cacheSize) {
        this.client = client;
        merged.upstreams().forEach(upstream -> upstreams.put(upstream.name(), upstream.upstream()));
        RootFieldDataFetcher rootFields = new RootFieldDataFetcher(this::startOperation);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().wiringFactory(new ProxyWiringFactory(rootFields)).build();
        this.schema = new SchemaGenerator().makeExecutableSchema(merged.types(), wiring);
        this.planner = new QueryPlanner(schema, merged.ownership());
        this.plans = new PlanCache(cacheSize);
        this.documents = new DocumentCache(cacheSize);
        this.graphQL = GraphQL.newGraphQL(schema).preparsedDocumentProvider(documents).build();
    }

    /**
     * Builds the graph for a merged schema.
     *
     * @param cacheSize how many parsed documents and plans to keep
     */
    public static ProxyGraph create(MergedSchema merged, UpstreamClient client, int cacheSize) {
        return new ProxyGraph(merged, client, cacheSize);
    }

    public GraphQLSchema schema() {
        return schema;
    }

    /**
     * Executes a client request. Never completes exceptionally for problems of the request or of
     * upstreams: those are errors in the result.
     */
    public CompletableFuture<ExecutionResult> execute(ProxyRequest request) {
        ExecutionInput input = executionInput(request);
        return graphQL.executeAsync(input).thenApply(result -> withUpstreamReports(result, input.getGraphQLContext()));
    }

    /**
     * The kind of the operation a request selects, when its document parses and names one.
     * Parsing and validation go through the document cache, so executing the request next does not
     * repeat them.
     */
    public Optional<OperationDefinition.Operation> operationKind(ProxyRequest request) {
        ExecutionInput input = executionInput(request);
        PreparsedDocumentEntry entry = documents.entry(input, this::parseAndValidate);
        Document document = entry.getDocument();
        if (document == null) {
            return Optional.empty();
        }
        return QueryPlanner.selectOperation(document, request.operationName()).map(OperationDefinition::getOperation);
    }

    /**
     * Parses and validates as graphql-java's own execution does, so that either may fill the
     * document cache.
     */
    private PreparsedDocumentEntry parseAndValidate(ExecutionInput input) {
        ParseAndValidateResult parsed = ParseAndValidate.parse(input);
        if (parsed.isFailure()) {
            return new PreparsedDocumentEntry(parsed.getSyntaxException().toInvalidSyntaxError());
        }
        try {
            List<? extends GraphQLError> errors = ParseAndValidate.validate(schema, parsed.getDocument(), input.getLocale());
            return errors.isEmpty() ? new PreparsedDocumentEntry(parsed.getDocument())
                    : new PreparsedDocumentEntry(parsed.getDocument(), errors);
        } catch (GoodFaithIntrospectionExceeded e) {
            return new PreparsedDocumentEntry(parsed.getDocument(), List.of(e.toBadFaithError()));
        }
    }

    private static ExecutionInput executionInput(ProxyRequest request) {
        return ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .extensions(request.extensions())
                .locale(Locale.ROOT)
                .graphQLContext(Map.of(ProxyRequest.class, request, RequestHeaders.class, request.headers()))
                .build();
    }

    private OperationFetches startOperation(DataFetchingEnvironment environment) {
        ProxyRequest request = environment.getGraphQlContext().get(ProxyRequest.class);
        QueryPlan plan = plans.get(request.query(), request.operationName(),
                () -> planner.plan(environment.getDocument(), environment.getOperationDefinition()));
        return new OperationFetches(plan, request, upstreams, client);
    }

    private static ExecutionResult withUpstreamReports(ExecutionResult result, GraphQLContext context) {
        OperationFetches fetches = context.get(OperationFetches.class);
        if (fetches == null) {
            return result;
        }
        List<GraphQLError> errors = fetches.errorsWithoutPath();
        Map<String, Object> extensions = fetches.extensionsByUpstream();
        if (errors.isEmpty() && extensions.isEmpty()) {
            return result;
        }
        return result.transform(builder -> {
            builder.addErrors(errors);
            extensions.forEach(builder::addExtension);
        });
    }
}
