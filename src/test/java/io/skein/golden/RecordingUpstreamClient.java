package io.skein.golden;

import io.skein.execution.UpstreamClient;
import io.skein.execution.UpstreamRequest;
import io.skein.execution.UpstreamResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Answers each upstream request with the fixture's canned response and records the requests in
 * the order they were sent.
 */
final class RecordingUpstreamClient implements UpstreamClient {

    private final GoldenFixture fixture;
    private final List<UpstreamRequest> requests = new ArrayList<>();

    RecordingUpstreamClient(GoldenFixture fixture) {
        this.fixture = fixture;
    }

    @Override
    public CompletableFuture<UpstreamResponse> execute(UpstreamRequest request) {
        String upstream = request.upstream().name();
        int call = record(request);
        return fixture.response(upstream, call)
                .map(RecordingUpstreamClient::asResponse)
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> CompletableFuture.failedFuture(new IllegalStateException(
                        fixture.name() + ": no canned response responses/" + upstream + ".json for call " + call)));
    }

    /**
     * Records the request; returns how many requests its upstream has received, this one included.
     */
    private synchronized int record(UpstreamRequest request) {
        requests.add(request);
        return (int) requests.stream().filter(sent -> sent.upstream().name().equals(request.upstream().name())).count();
    }

    synchronized List<UpstreamRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized List<UpstreamRequest> requestsTo(String upstream) {
        return requests.stream().filter(request -> request.upstream().name().equals(upstream)).toList();
    }

    @SuppressWarnings("unchecked")
    private static UpstreamResponse asResponse(Map<String, Object> response) {
        return new UpstreamResponse(
                (Map<String, Object>) response.get("data"),
                (List<Map<String, Object>>) response.get("errors"),
                (Map<String, Object>) response.get("extensions"));
    }
}
