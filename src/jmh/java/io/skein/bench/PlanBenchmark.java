package io.skein.bench;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import io.skein.plan.PlanCache;
import io.skein.plan.QueryPlan;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-request work before any upstream is asked, for {@link DashboardQuery} (100 fields, three
 * upstreams): planning it, finding its plan in the plan cache, and the parsing and validation the
 * document cache saves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanBenchmark {

    private GithubGraph github;
    private GraphQLSchema schema;
    private PlanCache plans;
    private Supplier<QueryPlan> planner;
    private char[] query;

    @Setup
    public void setUp() {
        github = GithubGraph.create(false);
        schema = github.graph().schema();
        query = DashboardQuery.TEXT.toCharArray();
        planner = github::plan;
        plans = new PlanCache(GithubGraph.CACHE_SIZE);
        plans.get(DashboardQuery.TEXT, DashboardQuery.OPERATION_NAME, planner);
    }

    /** Splitting the parsed, validated operation into its three upstream operations. */
    @Benchmark
    public QueryPlan coldPlan() {
        return github.plan();
    }

    /** A plan cache hit, keyed by a query string that has just arrived (hashed and compared in full). */
    @Benchmark
    public QueryPlan warmPlan() {
        return plans.get(new String(query), DashboardQuery.OPERATION_NAME, planner);
    }

    /** What a document cache hit saves: graphql-java parsing and validating the query against the merged schema. */
    @Benchmark
    public ParseAndValidateResult parseAndValidateCold() {
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(new String(query))
                .operationName(DashboardQuery.OPERATION_NAME)
                .variables(DashboardQuery.variables())
                .locale(Locale.ROOT)
                .build();
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema, input);
        if (result.isFailure()) {
            throw new IllegalStateException("the benchmark query is not valid: " + result.getErrors());
        }
        return result;
    }
}
