package io.skein.bench;

import graphql.ExecutionResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The proxy's whole per-request overhead for {@link DashboardQuery}: {@code ProxyGraph.execute}
 * with upstreams that answer at once from memory, with the document and plan caches warm and,
 * for comparison, missing every time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExecuteBenchmark {

    /**
     * {@code empty}: upstreams answer {@code null} wherever the schema allows (the fixed cost);
     * {@code full}: a value for every selected field, full pages for every connection.
     */
    @Param({"empty", "full"})
    public String upstreamData;

    private GithubGraph warm;
    private GithubGraph cold;
    private char[] query;
    /** Two texts of the same operation, differing only in a comment, for a graph that caches one document. */
    private char[][] alternatingQueries;
    private int next;

    @Setup
    public void setUp() {
        boolean fullData = "full".equals(upstreamData);
        warm = GithubGraph.create(fullData);
        cold = GithubGraph.create(fullData, 1);
        query = DashboardQuery.TEXT.toCharArray();
        alternatingQueries = new char[][] {query, (DashboardQuery.TEXT + "# again\n").toCharArray()};
    }

    /** Document and plan cache hits. */
    @Benchmark
    public ExecutionResult executeWarm() {
        return warm.graph().execute(GithubGraph.request(query)).join();
    }

    /** Document and plan cache misses: parsing, validation and planning on every request. */
    @Benchmark
    public ExecutionResult executeCold() {
        next = 1 - next;
        return cold.graph().execute(GithubGraph.request(alternatingQueries[next])).join();
    }
}
