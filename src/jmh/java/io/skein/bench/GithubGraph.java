package io.skein.bench;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.skein.execution.ProxyGraph;
import io.skein.execution.ProxyRequest;
import io.skein.execution.RequestHeaders;
import io.skein.plan.QueryPlan;
import io.skein.plan.QueryPlanner;
import io.skein.schema.MergedSchema;
import io.skein.schema.SchemaMerger;

/**
 * The GitHub schema merged from three upstreams, served by a {@link ProxyGraph} whose upstreams
 * answer {@link DashboardQuery} from memory.
 *
 * @param fullData whether the upstreams answer every field ({@code true}) or {@code null} wherever
 *                 the schema allows it ({@code false})
 */
record GithubGraph(MergedSchema merged, ProxyGraph graph, QueryPlanner planner, Document document,
                   OperationDefinition operation, boolean fullData) {

    static final int CACHE_SIZE = 1000;

    static GithubGraph create(boolean fullData) {
        return create(fullData, CACHE_SIZE);
    }

    /**
     * @param cacheSize how many documents and plans the graph keeps
     */
    static GithubGraph create(boolean fullData, int cacheSize) {
        MergedSchema merged = SchemaMerger.merge(GithubSchema.upstreamSchemas(GithubSchema.readSdl()));
        CannedUpstreamClient client = new CannedUpstreamClient();
        ProxyGraph graph = ProxyGraph.create(merged, client, cacheSize);
        QueryPlanner planner = new QueryPlanner(graph.schema(), merged.ownership());
        Document document = Parser.parse(DashboardQuery.TEXT);
        OperationDefinition operation = QueryPlanner.selectOperation(document, DashboardQuery.OPERATION_NAME).orElseThrow();
        QueryPlan plan = planner.plan(document, operation);
        client.answer(plan, CannedData.forOperation(graph.schema(), document, DashboardQuery.OPERATION_NAME,
                DashboardQuery.variables(), fullData));
        GithubGraph githubGraph = new GithubGraph(merged, graph, planner, document, operation, fullData);
        githubGraph.checkAnswered();
        return githubGraph;
    }

    /** The client's request as the transport hands it over: a new query string each time. */
    static ProxyRequest request(char[] query) {
        return new ProxyRequest(new String(query), DashboardQuery.OPERATION_NAME, DashboardQuery.variables(), null,
                RequestHeaders.NONE);
    }

    QueryPlan plan() {
        return planner.plan(document, operation);
    }

    /**
     * Fails unless the query plans into one operation per upstream and executes without errors, so
     * the benchmarks measure the path a successful request takes.
     */
    private void checkAnswered() {
        int upstreams = plan().steps().size();
        if (upstreams != 3) {
            throw new IllegalStateException("expected operations for 3 upstreams, planned " + upstreams);
        }
        ExecutionResult result = graph.execute(request(DashboardQuery.TEXT.toCharArray())).join();
        if (!result.getErrors().isEmpty() || result.getData() == null) {
            throw new IllegalStateException("the benchmark query failed: " + result.getErrors());
        }
    }
}
