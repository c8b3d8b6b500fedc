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
import io.skein.relation.RelationBlueprint;
import io.skein.relation.RelationSpecs;
import io.skein.schema.MergedSchema;
import io.skein.schema.SchemaMerger;
import org.dataloader.DataLoaderRegistry;
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
    private final boolean usesDataLoaders;

    private ProxyGraph(MergedSchema merged, UpstreamClient client, int cacheSize, RelationSpecs relations) {
        this.client = client;
        merged.upstreams().forEach(upstream -> upstreams.put(upstream.name(), upstream.upstream()));
        MergedSchema extended = relations.sdl().isEmpty() ? merged : SchemaMerger.extend(merged, relations.sdl());
        RelationBlueprint blueprint = RelationBlueprint.build(extended, upstreams, relations, client, cacheSize);
        this.usesDataLoaders = blueprint.usesLookups();
        RootFieldDataFetcher rootFields = new RootFieldDataFetcher(this::startOperation);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .wiringFactory(new ProxyWiringFactory(rootFields, blueprint.fetchers()))
                .build();
        this.schema = new SchemaGenerator().makeExecutableSchema(extended.types(), wiring);
        this.planner = new QueryPlanner(schema, merged.ownership(), blueprint);
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
        return new ProxyGraph(merged, client, cacheSize, new RelationSpecs());
    }

    /**
     * Builds the graph for a merged schema with relations and resolvers: their SDL is added to the
     * merged schema first.
     *
     * @throws io.skein.schema.SchemaMergeException listing what the relations get wrong
     */
    public static ProxyGraph create(MergedSchema merged, UpstreamClient client, int cacheSize, RelationSpecs relations) {
        return new ProxyGraph(merged, client, cacheSize, relations);
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

    /**
     * The input of a request; a graph with foreign keys or joins gives each request its own data
     * loaders, which graphql-java dispatches once per level of the response.
     */
    private ExecutionInput executionInput(ProxyRequest request) {
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .extensions(request.extensions())
                .locale(Locale.ROOT)
                .graphQLContext(Map.of(ProxyRequest.class, request, RequestHeaders.class, request.headers()));
        if (usesDataLoaders) {
            input.dataLoaderRegistry(new DataLoaderRegistry());
        }
        return input.build();
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
