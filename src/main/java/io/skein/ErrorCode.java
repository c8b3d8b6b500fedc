package io.skein;

/**
 * The stable {@code extensions.code} values of the errors Skein itself reports to clients.
 */
public enum ErrorCode {
    /** The upstream could not be reached (refused connection, DNS, I/O error, 502/503/504). */
    UPSTREAM_UNAVAILABLE,
    /** The upstream did not answer within its configured timeout. */
    UPSTREAM_TIMEOUT,
    /** The upstream answered with something that is not a GraphQL response. */
    UPSTREAM_BAD_RESPONSE,
    /** The merged schema is not built yet (an upstream has not been read). */
    SCHEMA_NOT_READY,
    /** The HTTP request is not a valid GraphQL-over-HTTP request. */
    BAD_REQUEST,
    /** The request was valid but something inside Skein failed. */
    INTERNAL_ERROR
}
