package io.skein.upstream;

import io.skein.execution.RequestHeaders;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses which of a client's headers go on to an upstream: those the upstream's
 * {@code forward-headers} names, never hop-by-hop headers (RFC 9110 section 7.6.1), nor those
 * that describe the proxy's own request to the upstream (its body, its encoding, what it accepts).
 */
public final class ForwardedHeaders {

    private static final Set<String> NEVER_FORWARDED = Set.of(
            "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection", "te",
            "trailer", "trailers", "transfer-encoding", "upgrade", "host", "content-length", "content-type",
            "content-encoding", "expect", "accept", "accept-encoding", "http2-settings");

    private ForwardedHeaders() {
    }

    /**
     * The headers to forward, by lower-case name, with all their values.
     */
    public static Map<String, List<String>> select(List<String> names, RequestHeaders clientHeaders) {
        Set<String> connectionOptions = connectionOptions(clientHeaders);
        Map<String, List<String>> selected = new LinkedHashMap<>();
        for (String name : names) {
            String lowerCase = name.toLowerCase(Locale.ROOT);
            List<String> values = clientHeaders.all(lowerCase);
            if (!values.isEmpty() && isForwardable(lowerCase) && !connectionOptions.contains(lowerCase)) {
                selected.put(lowerCase, values);
            }
        }
        return selected;
    }

    /**
     * Whether a header may be set on a request to an upstream at all.
     */
    public static boolean isForwardable(String lowerCaseName) {
        return !NEVER_FORWARDED.contains(lowerCaseName);
    }

    private static Set<String> connectionOptions(RequestHeaders clientHeaders) {
        return clientHeaders.all("connection").stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(option -> option.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
