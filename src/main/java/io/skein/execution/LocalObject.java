package io.skein.execution;

import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * An object a resolver returned, as opposed to one an upstream answered. An upstream's objects are
 * maps keyed by the client's response keys (aliases kept); a resolver's objects are plain Java
 * values (maps keyed by field name, records, beans), whose fields are read by name.
 *
 * @param value what the resolver returned
 */
public record LocalObject(Object value) {

    /**
     * Marks the objects in a resolver's result for a field of type {@code type}: lists are walked,
     * objects wrapped, scalars and enums left as they are.
     */
    public static Object wrap(Object value, GraphQLOutputType type) {
        if (value == null || value instanceof LocalObject) {
            return value;
        }
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (unwrapped instanceof GraphQLList list && value instanceof Iterable<?> items) {
            List<Object> wrapped = new ArrayList<>();
            for (Object item : items) {
                wrapped.add(wrap(item, (GraphQLOutputType) list.getWrappedType()));
            }
            return wrapped;
        }
        if (GraphQLTypeUtil.isLeaf(unwrapped) || GraphQLTypeUtil.isList(unwrapped)) {
            return value;
        }
        return new LocalObject(value);
    }

    /**
     * The value a resolver works with: a resolver's object unwrapped, anything else as it is.
     */
    public static Object unwrap(Object source) {
        return source instanceof LocalObject local ? local.value() : source;
    }
}
