package io.skein.bench;

import io.skein.execution.ProxyGraph;
import io.skein.schema.MergedSchema;
import io.skein.schema.SchemaMerger;
import io.skein.schema.UpstreamSchema;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Start-up work for the GitHub schema split across three upstreams: reading the upstreams' SDL,
 * merging the schemas (each filtered first) and building the executable graph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmark {

    private String sdl;
    private List<UpstreamSchema> upstreams;
    private MergedSchema merged;

    @Setup
    public void setUp() {
        sdl = GithubSchema.readSdl();
        upstreams = GithubSchema.upstreamSchemas(sdl);
        merged = SchemaMerger.merge(upstreams);
    }

    /** {@code SchemaSources.fromSdl} for each of the three upstreams. */
    @Benchmark
    public List<UpstreamSchema> readUpstreamSchemas() {
        return GithubSchema.upstreamSchemas(sdl);
    }

    @Benchmark
    public MergedSchema mergeGithubSchema() {
        return SchemaMerger.merge(upstreams);
    }

    /** The executable schema, planner and caches for the merged schema. */
    @Benchmark
    public ProxyGraph createProxyGraph() {
        return ProxyGraph.create(merged, new CannedUpstreamClient(), GithubGraph.CACHE_SIZE);
    }
}
