package io.skein.bench;

import graphql.execution.RawVariables;
import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Made-up upstream data for every field a client operation selects, keyed by response key, built
 * from graphql-java's normalized operation. Abstract fields get the object type most of their
 * selections apply to, with its {@code __typename}.
 */
final class CannedData {

    private static final int DEFAULT_LIST_SIZE = 3;

    private final GraphQLSchema schema;
    private final boolean full;

    /**
     * @param full {@code true}: a value for every field, lists as long as their {@code first}
     *             argument asks; {@code false}: {@code null} wherever the schema allows it, empty lists
     */
    private CannedData(GraphQLSchema schema, boolean full) {
        this.schema = schema;
        this.full = full;
    }

    static Map<String, Object> forOperation(GraphQLSchema schema, Document document, String operationName,
                                            Map<String, Object> variables, boolean full) {
        ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                .createExecutableNormalizedOperationWithRawVariables(schema, document, operationName, RawVariables.of(variables));
        return new CannedData(schema, full).object(operation.getTopLevelFields(), schema.getQueryType().getName());
    }

    private Map<String, Object> object(List<ExecutableNormalizedField> fields, String typeName) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (ExecutableNormalizedField field : fields) {
            if (field.getObjectTypeNames().contains(typeName)) {
                data.put(field.getResultKey(), fieldValue(field, typeName));
            }
        }
        return data;
    }

    private Object fieldValue(ExecutableNormalizedField field, String typeName) {
        if (field.getFieldName().equals(Introspection.TypeNameMetaFieldDef.getName())) {
            return typeName;
        }
        GraphQLOutputType type = schema.getObjectType(typeName).getFieldDefinition(field.getFieldName()).getType();
        return value(field, type);
    }

    private Object value(ExecutableNormalizedField field, GraphQLOutputType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            return present(field, (GraphQLOutputType) nonNull.getWrappedType());
        }
        return full ? present(field, type) : null;
    }

    private Object present(ExecutableNormalizedField field, GraphQLOutputType type) {
        if (type instanceof GraphQLList list) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < listSize(field); i++) {
                items.add(value(field, (GraphQLOutputType) list.getWrappedType()));
            }
            return items;
        }
        if (type instanceof GraphQLScalarType scalar) {
            return scalarValue(scalar.getName());
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        String objectType = type instanceof GraphQLObjectType object ? object.getName() : likeliestType(field);
        Map<String, Object> data = object(field.getChildren(), objectType);
        data.putIfAbsent(Introspection.TypeNameMetaFieldDef.getName(), objectType);
        return data;
    }

    private int listSize(ExecutableNormalizedField field) {
        if (!full) {
            return 0;
        }
        ExecutableNormalizedField connection = field.getParent() != null && field.getFieldName().equals("nodes")
                ? field.getParent() : field;
        return connection.getResolvedArguments().get("first") instanceof Integer first ? first : DEFAULT_LIST_SIZE;
    }

    /** The object type of an abstract field that most of its selections apply to. */
    private static String likeliestType(ExecutableNormalizedField field) {
        Map<String, Integer> selections = new LinkedHashMap<>();
        field.getChildren().forEach(child -> child.getObjectTypeNames().forEach(name -> selections.merge(name, 1, Integer::sum)));
        return selections.entrySet().stream().max(Comparator.comparing(Map.Entry::getValue)).orElseThrow().getKey();
    }

    private static Object scalarValue(String scalar) {
        return switch (scalar) {
            case "Int" -> 42;
            case "Float" -> 4.2;
            case "Boolean" -> true;
            case "ID" -> "MDEwOlJlcG9zaXRvcnkzODI3NjUyOA==";
            case "DateTime" -> "2024-05-01T12:00:00Z";
            case "URI" -> "https://github.com/graphql-java/graphql-java";
            case "GitObjectID" -> "4f2a8c1d9e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39";
            default -> "Lorem ipsum dolor sit amet";
        };
    }
}
