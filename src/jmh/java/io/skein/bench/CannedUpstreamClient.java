package io.skein.bench;

import io.skein.execution.UpstreamClient;
import io.skein.execution.UpstreamRequest;
import io.skein.execution.UpstreamResponse;
import io.skein.plan.QueryPlan;
import io.skein.plan.UpstreamOperation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An upstream client that answers at once, from memory, so that a benchmark measures the proxy's
 * own work and no I/O. Answers are given per upstream before the first request.
 */
final class CannedUpstreamClient implements UpstreamClient {

    private final Map<String, CompletableFuture<UpstreamResponse>> answers = new HashMap<>();

    /**
     * Answers each upstream operation of {@code plan} with the entries of {@code data} for the root
     * fields that operation answers.
     */
    void answer(QueryPlan plan, Map<String, Object> data) {
        for (UpstreamOperation step : plan.steps()) {
            Map<String, Object> stepData = new LinkedHashMap<>();
            step.resultKeys().forEach(key -> stepData.put(key, data.get(key)));
            answers.put(step.upstream(), CompletableFuture.completedFuture(new UpstreamResponse(stepData, List.of(), null)));
        }
    }

    @Override
    public CompletableFuture<UpstreamResponse> execute(UpstreamRequest request) {
        CompletableFuture<UpstreamResponse> answer = answers.get(request.upstream().name());
        if (answer == null) {
            throw new IllegalStateException("no canned answer for upstream " + request.upstream().name());
        }
        return answer;
    }
}
