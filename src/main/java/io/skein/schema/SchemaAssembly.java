package io.skein.schema;

import io.skein.config.UpstreamConfig;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads every upstream's schema at start-up, retrying an unreachable upstream with exponential
 * backoff, and merges them once all are read. Until then {@link #waitingFor()} names the upstreams
 * still missing; a merge conflict is final and reported by {@link #failure()}.
 */
public final class SchemaAssembly {

    private static final Logger LOG = Logger.getLogger(SchemaAssembly.class.getName());

    private final List<UpstreamConfig> upstreams;
    private final SchemaLoader loader;
    private final ScheduledExecutorService scheduler;
    private final Duration initialDelay;
    private final Duration maximumDelay;
    private final Consumer<MergedSchema> onMerged;
    private final Map<String, UpstreamSchema> loaded = new ConcurrentHashMap<>();
    private final Map<String, String> lastErrors = new ConcurrentHashMap<>();
    private volatile String failure;
    private volatile boolean stopped;

    public SchemaAssembly(List<UpstreamConfig> upstreams, SchemaLoader loader, ScheduledExecutorService scheduler,
                          Duration initialDelay, Duration maximumDelay, Consumer<MergedSchema> onMerged) {
        this.upstreams = List.copyOf(upstreams);
        this.loader = loader;
        this.scheduler = scheduler;
        this.initialDelay = initialDelay;
        this.maximumDelay = maximumDelay;
        this.onMerged = onMerged;
    }

    /**
     * Starts reading every upstream's schema concurrently; returns at once.
     */
    public void start() {
        upstreams.forEach(upstream -> scheduler.execute(() -> attempt(upstream, 0)));
    }

    /**
     * Stops retrying; schemas being read are let finish and ignored.
     */
    public void stop() {
        stopped = true;
    }

    /**
     * The names of the upstreams whose schema is not read yet, in configuration order.
     */
    public Set<String> waitingFor() {
        Set<String> waiting = new LinkedHashSet<>();
        upstreams.stream().map(UpstreamConfig::name).filter(name -> !loaded.containsKey(name)).forEach(waiting::add);
        return Collections.unmodifiableSet(waiting);
    }

    /**
     * Why the last attempt to read an upstream's schema failed.
     */
    public Optional<String> lastError(String upstream) {
        return Optional.ofNullable(lastErrors.get(upstream));
    }

    /**
     * Why the schemas could not be merged, once that has happened.
     */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private void attempt(UpstreamConfig upstream, int attempt) {
        if (stopped) {
            return;
        }
        try {
            loaded.put(upstream.name(), loader.load(upstream));
            lastErrors.remove(upstream.name());
            LOG.info(() -> "Read the schema of upstream '" + upstream.name() + "'");
        } catch (RuntimeException e) {
            retryLater(upstream, attempt, e);
            return;
        }
        mergeWhenComplete();
    }

    private void retryLater(UpstreamConfig upstream, int attempt, RuntimeException error) {
        long delay = Math.min(maximumDelay.toMillis(), initialDelay.toMillis() << Math.min(attempt, 20));
        lastErrors.put(upstream.name(), String.valueOf(error.getMessage()));
        LOG.log(Level.WARNING, "Could not read the schema of upstream '" + upstream.name() + "' (" + error.getMessage()
                + "); retrying in " + delay + " ms");
        if (!stopped) {
            scheduler.schedule(() -> attempt(upstream, attempt + 1), delay, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void mergeWhenComplete() {
        if (stopped || loaded.size() < upstreams.size() || failure != null) {
            return;
        }
        try {
            List<UpstreamSchema> schemas = upstreams.stream().map(upstream -> loaded.get(upstream.name())).toList();
            onMerged.accept(SchemaMerger.merge(schemas));
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Skein cannot serve a graph: " + e.getMessage());
        }
    }
}
