package io.skein.execution;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import io.skein.config.UpstreamConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one upstream operation ended: the upstream's response, or the failure of the request as a
 * whole. Hands each root field its value and the errors under its path. An upstream with
 * {@code proxy-errors=false} passes no GraphQL errors on (Skein's own failure errors still are);
 * one with {@code proxy-extensions=false} passes no extensions.
 */
final class StepOutcome {

    private final UpstreamConfig upstream;
    private final UpstreamResponse response;
    private final UpstreamException failure;

    private StepOutcome(UpstreamConfig upstream, UpstreamResponse response, UpstreamException failure) {
        this.upstream = upstream;
        this.response = response;
        this.failure = failure;
    }

    static StepOutcome answered(UpstreamConfig upstream, UpstreamResponse response) {
        return new StepOutcome(upstream, response, null);
    }

    static StepOutcome failed(UpstreamConfig upstream, UpstreamException failure) {
        return new StepOutcome(upstream, null, failure);
    }

    /**
     * The value and errors of the root field with response key {@code resultKey}, at {@code path}.
     */
    DataFetcherResult<Object> fieldResult(String resultKey, List<Object> path) {
        if (failure != null) {
            return DataFetcherResult.newResult()
                    .data(null)
                    .error(ProxyError.of(failure.code(), upstream.label(), failure.getMessage(), path))
                    .build();
        }
        Map<String, Object> data = response.data();
        return DataFetcherResult.newResult()
                .data(data == null ? null : data.get(resultKey))
                .errors(errorsUnder(resultKey))
                .build();
    }

    private List<GraphQLError> errorsUnder(String resultKey) {
        if (!upstream.proxyErrors()) {
            return List.of();
        }
        List<GraphQLError> errors = new ArrayList<>();
        for (Map<String, Object> error : response.errors()) {
            if (error.get("path") instanceof List<?> path && !path.isEmpty() && resultKey.equals(path.get(0))) {
                errors.add(ProxyError.fromUpstream(error, upstream.label()));
            }
        }
        return errors;
    }

    /**
     * The upstream's errors that belong to no root field (no path), reported once per response.
     */
    List<GraphQLError> errorsWithoutPath() {
        if (response == null || !upstream.proxyErrors()) {
            return List.of();
        }
        List<GraphQLError> errors = new ArrayList<>();
        for (Map<String, Object> error : response.errors()) {
            if (!(error.get("path") instanceof List<?> path) || path.isEmpty()) {
                errors.add(ProxyError.fromUpstream(error, upstream.label()));
            }
        }
        return errors;
    }

    Map<String, Object> extensions() {
        return response == null || !upstream.proxyExtensions() ? null : response.extensions();
    }

    UpstreamConfig upstream() {
        return upstream;
    }
}
