package io.skein.upstream;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.util.Map;

/**
 * Adds an upstream's configured static headers to the requests of a Rest Client.
 */
final class StaticHeadersFilter implements ClientRequestFilter {

    private final Map<String, String> headers;

    StaticHeadersFilter(Map<String, String> headers) {
        this.headers = headers;
    }

    @Override
    public void filter(ClientRequestContext request) {
        headers.forEach((name, value) -> request.getHeaders().putSingle(name, value));
    }
}
