package io.skein.execution;

import graphql.GraphQLError;
import io.skein.ErrorCode;
import io.skein.config.UpstreamConfig;
import io.skein.plan.QueryPlan;
import io.skein.plan.UpstreamOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The upstream operations of one client request. Each is sent the first time a root field it
 * answers is resolved, and at most once. Query root fields are resolved together, so a query's
 * operations go out concurrently; mutation root fields are resolved one after another, so a
 * mutation's operations go out in document order.
 */
final class OperationFetches {

    private final QueryPlan plan;
    private final ProxyRequest request;
    private final Map<String, UpstreamConfig> upstreams;
    private final UpstreamClient client;
    private final AtomicReferenceArray<CompletableFuture<StepOutcome>> started;

    OperationFetches(QueryPlan plan, ProxyRequest request, Map<String, UpstreamConfig> upstreams, UpstreamClient client) {
        this.plan = plan;
        this.request = request;
        this.upstreams = upstreams;
        this.client = client;
        this.started = new AtomicReferenceArray<>(plan.steps().size());
    }

    /**
     * The outcome of the upstream operation that answers the root field with this response key.
     */
    CompletableFuture<StepOutcome> forResultKey(String resultKey) {
        int step = plan.stepFor(resultKey)
                .orElseThrow(() -> new IllegalStateException("no upstream operation answers root field " + resultKey));
        CompletableFuture<StepOutcome> existing = started.get(step);
        if (existing != null) {
            return existing;
        }
        CompletableFuture<StepOutcome> outcome = new CompletableFuture<>();
        if (!started.compareAndSet(step, null, outcome)) {
            return started.get(step);
        }
        send(plan.steps().get(step)).whenComplete((result, error) -> outcome.complete(result));
        return outcome;
    }

    private CompletableFuture<StepOutcome> send(UpstreamOperation operation) {
        UpstreamConfig upstream = upstreams.get(operation.upstream());
        Map<String, Object> variables = operation.variableValues().select(request.variables());
        UpstreamRequest upstreamRequest = new UpstreamRequest(upstream, operation.document(), operation.operationName(),
                variables, request.headers());
        try {
            return client.execute(upstreamRequest).handle((response, error) -> error == null
                    ? StepOutcome.answered(upstream, response)
                    : StepOutcome.failed(upstream, asUpstreamException(upstream, error)));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(StepOutcome.failed(upstream, asUpstreamException(upstream, e)));
        }
    }

    private static UpstreamException asUpstreamException(UpstreamConfig upstream, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof UpstreamException upstreamException) {
            return upstreamException;
        }
        return new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, upstream.label(),
                "Upstream '" + upstream.label() + "' could not be queried", cause);
    }

    /**
     * Errors without a path from every upstream answered so far.
     */
    List<GraphQLError> errorsWithoutPath() {
        List<GraphQLError> errors = new ArrayList<>();
        finished().forEach(outcome -> errors.addAll(outcome.errorsWithoutPath()));
        return errors;
    }

    /**
     * Each answering upstream's response extensions, under its label; a list when the upstream
     * answered several operations.
     */
    Map<String, Object> extensionsByUpstream() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (StepOutcome outcome : finished()) {
            if (outcome.extensions() != null && !outcome.extensions().isEmpty()) {
                extensions.merge(outcome.upstream().label(), outcome.extensions(), OperationFetches::both);
            }
        }
        return extensions;
    }

    /**
     * Extensions of several operations answered by one upstream (the runs of a mutation) are
     * listed in the order the operations were sent.
     */
    @SuppressWarnings("unchecked")
    private static Object both(Object earlier, Object later) {
        List<Object> all = new ArrayList<>();
        if (earlier instanceof List<?> list) {
            all.addAll((List<Object>) list);
        } else {
            all.add(earlier);
        }
        all.add(later);
        return all;
    }

    private List<StepOutcome> finished() {
        List<StepOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < started.length(); i++) {
            CompletableFuture<StepOutcome> outcome = started.get(i);
            if (outcome != null && outcome.isDone()) {
                outcomes.add(outcome.join());
            }
        }
        return outcomes;
    }
}
