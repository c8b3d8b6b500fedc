package io.skein.relation;

import io.skein.SkeinException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads a value from a field's parent object by a dotted path such as {@code imageUrl} or
 * {@code imageData.url}.
 *
 * <p>At each segment a {@link Map} is read by key; any other object by, in this order, a public
 * no-arg method named like the segment (a record accessor such as {@code url()}), a JavaBean getter
 * ({@code getUrl()}, or {@code isUrl()} returning a boolean), or a public field. Methods declared
 * by {@link Object} are never used, nor members that reflection cannot open (a public method of
 * a non-public class, such as a package-private record, is opened with {@code trySetAccessible}).
 * A null anywhere along the path, a missing key and a missing accessor all give null.
 */
public final class ParentValues {

    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

    private static final ClassValue<Map<String, Optional<Accessor>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Accessor>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private ParentValues() {
    }

    /**
     * The value at {@code dottedPath} in {@code parent}, or null when any step is null or missing.
     *
     * @throws IllegalArgumentException when a segment of the path is not a GraphQL name
     */
    public static Object read(Object parent, String dottedPath) {
        return read(parent, segments(dottedPath));
    }

    /**
     * The segments of {@code dottedPath}, each checked to be a GraphQL name.
     *
     * @throws IllegalArgumentException when the path is null or a segment is not a GraphQL name
     */
    public static List<String> segments(String dottedPath) {
        if (dottedPath == null) {
            throw new IllegalArgumentException("Dotted path must not be null");
        }
        List<String> segments = Arrays.asList(dottedPath.split("\\.", -1));
        for (int i = 0; i < segments.size(); i++) {
            requireGraphQLName(dottedPath, i, segments.get(i));
        }
        return List.copyOf(segments);
    }

    /**
     * The value at already validated {@code segments} in {@code parent}.
     */
    static Object read(Object parent, List<String> segments) {
        Object value = parent;
        for (String segment : segments) {
            if (value == null) {
                return null;
            }
            value = readSegment(value, segment);
        }
        return value;
    }

    private static void requireGraphQLName(String dottedPath, int index, String segment) {
        if (GRAPHQL_NAME.matcher(segment).matches()) {
            return;
        }
        throw new IllegalArgumentException("Invalid dotted path '" + dottedPath + "': segment " + (index + 1)
                + " '" + segment + "' is not a GraphQL name (expected /[_A-Za-z][_0-9A-Za-z]*/)");
    }

    private static Object readSegment(Object value, String segment) {
        if (value instanceof Map<?, ?> map) {
            return map.get(segment);
        }
        Optional<Accessor> accessor = ACCESSORS.get(value.getClass())
                .computeIfAbsent(segment, name -> findAccessor(value.getClass(), name));
        return accessor.isPresent() ? accessor.get().read(value, segment) : null;
    }

    private static Optional<Accessor> findAccessor(Class<?> type, String segment) {
        String property = Character.toUpperCase(segment.charAt(0)) + segment.substring(1);
        return findMethod(type, segment, false)
                .or(() -> findMethod(type, "get" + property, false))
                .or(() -> findMethod(type, "is" + property, true))
                .or(() -> findField(type, segment));
    }

    private static Optional<Accessor> findMethod(Class<?> type, String name, boolean booleanOnly) {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(name) && isAccessor(method))
                .filter(method -> !booleanOnly || isBoolean(method.getReturnType()))
                .filter(Method::trySetAccessible)
                .findFirst()
                .map(ParentValues::invoking);
    }

    private static Optional<Accessor> findField(Class<?> type, String name) {
        return Arrays.stream(type.getFields())
                .filter(field -> field.getName().equals(name) && !Modifier.isStatic(field.getModifiers()))
                .filter(Field::trySetAccessible)
                .findFirst()
                .map(ParentValues::getting);
    }

    private static boolean isAccessor(Method method) {
        return method.getParameterCount() == 0
                && method.getReturnType() != void.class
                && !Modifier.isStatic(method.getModifiers())
                && method.getDeclaringClass() != Object.class;
    }

    private static boolean isBoolean(Class<?> type) {
        return type == boolean.class || type == Boolean.class;
    }

    private static Accessor invoking(Method method) {
        return (target, segment) -> {
            try {
                return method.invoke(target);
            } catch (InvocationTargetException e) {
                throw readFailed(segment, e.getCause());
            } catch (IllegalAccessException e) {
                throw readFailed(segment, e);
            }
        };
    }

    private static Accessor getting(Field field) {
        return (target, segment) -> {
            try {
                return field.get(target);
            } catch (IllegalAccessException e) {
                throw readFailed(segment, e);
            }
        };
    }

    private static SkeinException readFailed(String segment, Throwable cause) {
        return new SkeinException("Could not read '" + segment + "' from the parent value", cause);
    }

    @FunctionalInterface
    private interface Accessor {
        Object read(Object target, String segment);
    }
}
