package io.skein;

/**
 * The root of every exception Skein throws on purpose.
 */
public class SkeinException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SkeinException(String message) {
        super(message);
    }

    public SkeinException(String message, Throwable cause) {
        super(message, cause);
    }
}
