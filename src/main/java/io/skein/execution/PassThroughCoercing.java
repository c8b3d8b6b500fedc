package io.skein.execution;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coercing for an upstream's custom scalars: the proxy does not know their rules, so values pass
 * through unchanged as their JSON form and the upstream that owns the scalar validates them.
 */
final class PassThroughCoercing implements Coercing<Object, Object> {

    static final PassThroughCoercing INSTANCE = new PassThroughCoercing();

    @Override
    public Object serialize(Object value, GraphQLContext context, Locale locale) {
        return value;
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
        return input;
    }

    @Override
    public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        return literal(input, variables);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return toLiteral(input);
    }

    private static Object literal(Value<?> value, CoercedVariables variables) {
        if (value instanceof StringValue string) {
            return string.getValue();
        }
        if (value instanceof IntValue integer) {
            return integer.getValue();
        }
        if (value instanceof FloatValue number) {
            return number.getValue();
        }
        if (value instanceof BooleanValue bool) {
            return bool.isValue();
        }
        if (value instanceof EnumValue enumValue) {
            return enumValue.getName();
        }
        if (value instanceof VariableReference reference) {
            return variables.get(reference.getName());
        }
        if (value instanceof ArrayValue array) {
            List<Object> items = new ArrayList<>();
            array.getValues().forEach(item -> items.add(literal(item, variables)));
            return items;
        }
        if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            object.getObjectFields().forEach(field -> fields.put(field.getName(), literal(field.getValue(), variables)));
            return fields;
        }
        return null;
    }

    private static Value<?> toLiteral(Object input) {
        if (input == null) {
            return NullValue.of();
        }
        if (input instanceof String string) {
            return StringValue.of(string);
        }
        if (input instanceof Boolean bool) {
            return BooleanValue.of(bool);
        }
        if (input instanceof Integer || input instanceof Long || input instanceof BigInteger || input instanceof Short) {
            return IntValue.of(new BigInteger(input.toString()).intValue());
        }
        if (input instanceof Number number) {
            return FloatValue.of(new BigDecimal(number.toString()).doubleValue());
        }
        if (input instanceof List<?> list) {
            return ArrayValue.newArrayValue().values(list.stream().<Value>map(PassThroughCoercing::toLiteral).toList()).build();
        }
        if (input instanceof Map<?, ?> map) {
            List<ObjectField> fields = new ArrayList<>();
            map.forEach((name, value) -> fields.add(new ObjectField(String.valueOf(name), toLiteral(value))));
            return ObjectValue.newObjectValue().objectFields(fields).build();
        }
        return StringValue.of(input.toString());
    }
}
