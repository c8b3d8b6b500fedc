package io.skein.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.execution.RequestHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForwardedHeadersTest {

    @Test
    void onlyConfiguredHeadersAreForwardedWhateverTheirCase() {
        RequestHeaders client = headers(
                "X-Request-Id", "abc-123",
                "authorization", "Bearer t",
                "Cookie", "session=secret");

        Map<String, List<String>> forwarded = ForwardedHeaders.select(List.of("x-request-id", "Authorization"), client);

        assertThat(forwarded).containsExactly(
                Map.entry("x-request-id", List.of("abc-123")),
                Map.entry("authorization", List.of("Bearer t")));
    }

    @Test
    void configuredHeaderTheClientDidNotSendIsLeftOut() {
        Map<String, List<String>> forwarded = ForwardedHeaders.select(List.of("x-tenant"), headers("X-Request-Id", "abc"));

        assertThat(forwarded).isEmpty();
    }

    @Test
    void everyValueOfAHeaderIsForwarded() {
        RequestHeaders client = new RequestHeaders(Map.of("Accept-Language", List.of("en", "fr;q=0.8")));

        assertThat(ForwardedHeaders.select(List.of("accept-language"), client))
                .containsExactly(Map.entry("accept-language", List.of("en", "fr;q=0.8")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"connection", "host", "transfer-encoding", "te", "upgrade", "keep-alive", "proxy-authorization",
            "content-length", "Content-Type", "Host"})
    void hopByHopAndRequestFramingHeadersAreNeverForwarded(String name) {
        RequestHeaders client = headers(name, "value", "X-Trace", "t-1");

        Map<String, List<String>> forwarded = ForwardedHeaders.select(List.of(name, "x-trace"), client);

        assertThat(forwarded).containsOnlyKeys("x-trace");
    }

    @Test
    void headersNamedInConnectionAreNeverForwarded() {
        RequestHeaders client = headers(
                "Connection", "keep-alive, X-Trace",
                "X-Trace", "t-1",
                "X-Request-Id", "abc");

        Map<String, List<String>> forwarded = ForwardedHeaders.select(List.of("x-trace", "x-request-id"), client);

        assertThat(forwarded).containsOnlyKeys("x-request-id");
    }

    private static RequestHeaders headers(String... namesAndValues) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return new RequestHeaders(values);
    }
}
