package io.skein.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value syntax of the configuration contract: comma-separated lists ({@code \,} escapes a
 * comma), {@code Name=value} pairs and durations ({@code 500ms}, {@code 5s}, {@code 2m},
 * {@code 1h} or ISO-8601 such as {@code PT5S}).
 */
public final class ConfigSyntax {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private ConfigSyntax() {
    }

    /**
     * Splits a comma-separated list; items are trimmed and empty items dropped.
     */
    public static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == ',') {
                current.append(',');
                i++;
            } else if (c == ',') {
                addItem(items, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addItem(items, current);
        return List.copyOf(items);
    }

    private static void addItem(List<String> items, StringBuilder item) {
        String trimmed = item.toString().trim();
        if (!trimmed.isEmpty()) {
            items.add(trimmed);
        }
    }

    /**
     * Reads {@code Name=value,Name2=value2}; an item without {@code =} is reported by the
     * returned map's absence: callers get empty when any item is malformed.
     */
    public static Optional<Map<String, String>> pairs(String value) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String item : list(value)) {
            int equals = item.indexOf('=');
            if (equals <= 0) {
                return Optional.empty();
            }
            pairs.put(item.substring(0, equals).trim(), item.substring(equals + 1).trim());
        }
        return Optional.of(pairs);
    }

    /**
     * Reads a duration, or empty when the text is not one.
     */
    public static Optional<Duration> duration(String value) {
        String text = value.trim();
        Matcher matcher = SHORT_DURATION.matcher(text);
        try {
            if (matcher.matches()) {
                return Optional.of(shortDuration(Long.parseLong(matcher.group(1)), matcher.group(2)));
            }
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration shortDuration(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
