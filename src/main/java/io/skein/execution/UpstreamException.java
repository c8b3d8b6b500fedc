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

    /**
     * The most of an upstream's response body kept to report it.
     */
    public static final int MAX_BODY_CHARS = 2000;

    private final ErrorCode code;
    private final String upstreamLabel;
    private final int status;
    private final String body;

    public UpstreamException(ErrorCode code, String upstreamLabel, String message, Throwable cause) {
        this(code, upstreamLabel, message, cause, 0, null);
    }

    /**
     * A failure after the upstream answered with an HTTP response that is not a usable GraphQL one.
     *
     * @param status the HTTP status
     * @param body   the response body, cut to {@link #MAX_BODY_CHARS}
     */
    public UpstreamException(ErrorCode code, String upstreamLabel, String message, Throwable cause, int status, String body) {
        super(message, cause);
        this.code = code;
        this.upstreamLabel = upstreamLabel;
        this.status = status;
        this.body = body == null || body.length() <= MAX_BODY_CHARS ? body : body.substring(0, MAX_BODY_CHARS);
    }

    /**
     * The HTTP status the upstream answered with, or 0 when it did not answer.
     */
    public int status() {
        return status;
    }

    /**
     * The upstream's response body, or {@code null} when it did not answer.
     */
    public String body() {
        return body;
    }

    public ErrorCode code() {
        return code;
    }

    public String upstreamLabel() {
        return upstreamLabel;
    }
}
