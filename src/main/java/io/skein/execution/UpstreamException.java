package io.skein.execution;

import io.skein.ErrorCode;
import io.skein.SkeinException;

/**
 * A request to an upstream failed as a whole: it was not reached, timed out, or did not answer
 * with a GraphQL response. The message is safe to show to clients: it names the upstream by its
 * label, never by its URL.
 */
public final class UpstreamException extends SkeinException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String upstreamLabel;

    public UpstreamException(ErrorCode code, String upstreamLabel, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.upstreamLabel = upstreamLabel;
    }

    public ErrorCode code() {
        return code;
    }

    public String upstreamLabel() {
        return upstreamLabel;
    }
}
