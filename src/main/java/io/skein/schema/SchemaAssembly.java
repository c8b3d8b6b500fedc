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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads every upstream's schema at start-up, retrying an unreachable upstream with exponential
 * backoff, and merges them once all are read: at once when every upstream answers the first time
 * (a merge problem then fails the start-up), later in the background otherwise. Until then {@link #waitingFor()} names the upstreams
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
    private final Set<ScheduledFuture<?>> retries = ConcurrentHashMap.newKeySet();
    private volatile String failure;
    private volatile boolean stopped;
    private boolean merged;

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
     * Reads every upstream's schema once, on the calling thread (each read bounded by the
     * upstream's timeout). When all succeed the schemas are merged at once, and a merge problem is
     * thrown, so that the deployment fails with it. Upstreams that could not be read are retried in
     * the background. (The first reads do not go to the scheduler: a managed executor may hold
     * tasks until the application has started, which would wait for this very method.)
     *
     * @throws SchemaMergeException when every schema was read but they cannot be merged
     */
    public void start() {
        List<UpstreamConfig> missing = upstreams.stream().filter(upstream -> !tryLoad(upstream)).toList();
        missing.forEach(upstream -> retryLater(upstream, 0));
        if (missing.isEmpty()) {
            merge();
        }
    }

    /**
     * Stops retrying: pending retries are cancelled; a schema being read is let finish and ignored.
     */
    public void stop() {
        stopped = true;
        retries.forEach(retry -> retry.cancel(false));
        retries.clear();
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
     * Why the schemas could not be merged, once that has happened.
     */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private void attempt(UpstreamConfig upstream, int attempt) {
        if (stopped) {
            return;
        }
        if (tryLoad(upstream)) {
            mergeWhenComplete();
        } else {
            retryLater(upstream, attempt);
        }
    }

    private boolean tryLoad(UpstreamConfig upstream) {
        try {
            loaded.put(upstream.name(), loader.load(upstream));
            lastErrors.remove(upstream.name());
            LOG.info(() -> "Read the schema of upstream '" + upstream.name() + "'");
            return true;
        } catch (RuntimeException e) {
            lastErrors.put(upstream.name(), String.valueOf(e.getMessage()));
            return false;
        }
    }

    private void retryLater(UpstreamConfig upstream, int attempt) {
        long delay = Math.min(maximumDelay.toMillis(), initialDelay.toMillis() << Math.min(attempt, 20));
        LOG.log(Level.WARNING, "Could not read the schema of upstream '" + upstream.name() + "' ("
                + lastErrors.get(upstream.name()) + "); retrying in " + delay + " ms");
        if (stopped) {
            return;
        }
        AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
        self.set(scheduler.schedule(() -> {
            ScheduledFuture<?> thisRetry = self.get();
            if (thisRetry != null) {
                retries.remove(thisRetry);
            }
            attempt(upstream, attempt + 1);
        }, delay, TimeUnit.MILLISECONDS));
        retries.add(self.get());
    }

    /**
     * Merges once the last schema read in the background is in; a problem then is final, reported
     * by {@link #failure()} and logged, since the deployment has already succeeded.
     */
    private synchronized void mergeWhenComplete() {
        if (stopped || merged || failure != null || !waitingFor().isEmpty()) {
            return;
        }
        try {
            merge();
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Skein cannot serve a graph: " + e.getMessage());
        }
    }

    private synchronized void merge() {
        List<UpstreamSchema> schemas = upstreams.stream().map(upstream -> loaded.get(upstream.name())).toList();
        onMerged.accept(SchemaMerger.merge(schemas));
        merged = true;
    }
}
