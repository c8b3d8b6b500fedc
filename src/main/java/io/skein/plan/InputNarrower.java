package io.skein.plan;

import graphql.language.ArrayValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Value;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import io.skein.schema.FieldOwnership;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Narrows input values to what one upstream's input types have. A merged input type takes the
 * union of its upstreams' fields, so a client may send a field the upstream answering the request
 * does not know; that field is left out of what this upstream receives, in literals and in
 * variable values alike.
 */
final class InputNarrower {

    private final FieldOwnership ownership;
    private final String upstream;

    InputNarrower(FieldOwnership ownership, String upstream) {
        this.ownership = ownership;
        this.upstream = upstream;
    }

    /**
     * A literal value of the given merged type, narrowed.
     */
    Value<?> narrow(Value<?> value, GraphQLType type) {
        GraphQLType unwrapped = withoutNonNull(type);
        if (value instanceof ArrayValue array && unwrapped instanceof GraphQLList list) {
            List<Value> items = new ArrayList<>();
            array.getValues().forEach(item -> items.add(narrow(item, list.getWrappedType())));
            return array.transform(builder -> builder.values(items));
        }
        if (value instanceof ObjectValue object && unwrapped instanceof GraphQLInputObjectType input) {
            List<ObjectField> fields = new ArrayList<>();
            for (ObjectField field : object.getObjectFields()) {
                GraphQLInputObjectField definition = input.getField(field.getName());
                if (definition != null && ownership.hasInputField(upstream, input.getName(), field.getName())) {
                    fields.add(field.transform(builder -> builder.value(narrow(field.getValue(), definition.getType()))));
                }
            }
            return object.transform(builder -> builder.objectFields(fields));
        }
        return value;
    }

    /**
     * A variable value (as decoded from JSON) of the given merged type, narrowed.
     */
    @SuppressWarnings("unchecked")
    Object narrowVariable(Object value, GraphQLInputType type) {
        GraphQLType unwrapped = withoutNonNull(type);
        if (value instanceof List<?> items && unwrapped instanceof GraphQLList list) {
            List<Object> narrowed = new ArrayList<>();
            items.forEach(item -> narrowed.add(narrowVariable(item, (GraphQLInputType) list.getWrappedType())));
            return narrowed;
        }
        if (value instanceof Map<?, ?> map && unwrapped instanceof GraphQLInputObjectType input) {
            Map<String, Object> narrowed = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((name, fieldValue) -> {
                GraphQLInputObjectField definition = input.getField(name);
                if (definition != null && ownership.hasInputField(upstream, input.getName(), name)) {
                    narrowed.put(name, narrowVariable(fieldValue, definition.getType()));
                }
            });
            return narrowed;
        }
        return value;
    }

    private static GraphQLType withoutNonNull(GraphQLType type) {
        return type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
    }
}
