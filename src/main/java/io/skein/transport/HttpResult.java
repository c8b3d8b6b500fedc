package io.skein.transport;

import java.util.Map;

/**
 * An HTTP response to a GraphQL request, independent of the server API that sends it.
 */
public record HttpResult(int status, String contentType, String body, Map<String, String> headers) {

    public HttpResult {
        headers = Map.copyOf(headers);
    }
}
