package io.skein.transport;

import java.util.Locale;
import java.util.Optional;

/**
 * The media types of GraphQL over HTTP and the negotiation of the response type from
 * {@code Accept}.
 */
public final class MediaTypes {

    public static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    public static final String JSON = "application/json";

    private MediaTypes() {
    }

    /**
     * The response type for an {@code Accept} header: {@code application/graphql-response+json}
     * when the client names it at least as specifically and with at least the quality of
     * {@code application/json}; {@code application/json} when there is no header or only wildcards
     * match; empty when neither is acceptable.
     */
    public static Optional<String> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        Preference graphql = preference(accept, GRAPHQL_RESPONSE_JSON);
        Preference json = preference(accept, JSON);
        if (graphql.quality() <= 0 && json.quality() <= 0) {
            return Optional.empty();
        }
        return Optional.of(graphql.isBetterThan(json) ? GRAPHQL_RESPONSE_JSON : JSON);
    }

    /**
     * Whether a request {@code Content-Type} is JSON in UTF-8 (the charset, when given, must be UTF-8).
     */
    public static boolean isJsonRequest(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase(JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length == 2
                    && !unquote(parameter[1]).equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static Preference preference(String accept, String mediaType) {
        Preference best = new Preference(0, -1);
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            int specificity = specificity(parts[0].trim().toLowerCase(Locale.ROOT), mediaType);
            if (specificity > best.specificity()) {
                best = new Preference(quality(parts), specificity);
            }
        }
        return best;
    }

    private static int specificity(String range, String mediaType) {
        if (range.equals(mediaType)) {
            return 2;
        }
        if (range.equals("application/*")) {
            return 1;
        }
        return range.equals("*/*") ? 0 : -1;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("q") && parameter.length == 2) {
                try {
                    return Double.parseDouble(parameter[1].trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    private record Preference(double quality, int specificity) {
        boolean isBetterThan(Preference other) {
            if (quality != other.quality) {
                return quality > other.quality;
            }
            return specificity > other.specificity || specificity == 2 && other.specificity == 2;
        }
    }
}
