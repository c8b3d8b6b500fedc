package io.skein.relation;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A query template of a foreign key or a join: one operation whose {@code __FIELDS} placeholder
 * stands for the client's selection. Copies of it, each with its root fields aliased and its
 * variables renamed, are put side by side in one document, so that many lookups go to an upstream
 * in one request.
 */
final class QueryTemplate {

    static final String FIELDS = "__FIELDS";

    private final OperationDefinition operation;
    private final List<Field> pathToFields;

    private QueryTemplate(OperationDefinition operation, List<Field> pathToFields) {
        this.operation = operation;
        this.pathToFields = pathToFields;
    }

    /**
     * Parses and checks a template, with the messages of Ariadne GraphQL Proxy's
     * {@code ForeignKeyResolver}.
     *
     * @param named        whether the operation must be named
     * @param fieldsNeeded whether exactly one {@code __FIELDS} is required (else at most one)
     * @throws IllegalArgumentException saying what is wrong with the template
     */
    static QueryTemplate parse(String text, boolean named, boolean fieldsNeeded) {
        Document document;
        try {
            document = Parser.parse(text);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("Query template is not valid GraphQL: " + e.getMessage(), e);
        }
        List<Definition> definitions = document.getDefinitions();
        if (definitions.size() != 1 || !(definitions.get(0) instanceof OperationDefinition operation)) {
            throw new IllegalArgumentException("Query template must define single operation.");
        }
        if (named && operation.getName() == null) {
            throw new IllegalArgumentException("Query template operation must be named.");
        }
        int placeholders = countPlaceholders(operation.getSelectionSet());
        if (placeholders > 1 || (fieldsNeeded && placeholders != 1)) {
            throw new IllegalArgumentException("Query template operation should specify one '" + FIELDS + "' placeholder. It specifies "
                    + placeholders + ".");
        }
        List<Field> path = new ArrayList<>();
        findPath(operation.getSelectionSet(), path);
        return new QueryTemplate(operation, List.copyOf(path));
    }

    private static int countPlaceholders(SelectionSet selectionSet) {
        int count = 0;
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (!(selection instanceof Field field)) {
                throw new IllegalArgumentException("Template can't use fragments");
            }
            if (field.getName().equals(FIELDS)) {
                if (field.getSelectionSet() != null) {
                    throw new IllegalArgumentException("Query template '" + FIELDS + "' can't have selection set");
                }
                count++;
            } else if (field.getSelectionSet() != null) {
                count += countPlaceholders(field.getSelectionSet());
            }
        }
        return count;
    }

    private static boolean findPath(SelectionSet selectionSet, List<Field> path) {
        for (Selection<?> selection : selectionSet.getSelections()) {
            Field field = (Field) selection;
            if (field.getName().equals(FIELDS)) {
                return true;
            }
            if (field.getSelectionSet() == null) {
                continue;
            }
            path.add(field);
            if (findPath(field.getSelectionSet(), path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    String name() {
        return operation.getName();
    }

    List<VariableDefinition> variables() {
        return operation.getVariableDefinitions();
    }

    List<Field> rootFields() {
        return operation.getSelectionSet().getSelections().stream()
                .filter(Field.class::isInstance)
                .map(Field.class::cast)
                .toList();
    }

    /**
     * The response keys from the first root field down to the field whose selection holds
     * {@code __FIELDS}.
     */
    List<String> pathToFields() {
        return pathToFields.stream().map(Field::getResultKey).toList();
    }

    /**
     * A copy of the template's selection: root fields aliased {@code prefix + key}, variables
     * renamed {@code prefix + name}, {@code __FIELDS} replaced by {@code fields}, and
     * {@code itemField} added to the selection of the first root field.
     */
    List<Selection> copy(String prefix, List<Selection> fields, Optional<Field> itemField) {
        return copy(operation.getSelectionSet(), prefix, fields, itemField, true);
    }

    private List<Selection> copy(SelectionSet selectionSet, String prefix, List<Selection> fields, Optional<Field> itemField,
                                 boolean root) {
        List<Selection> copied = new ArrayList<>();
        for (Selection<?> selection : selectionSet.getSelections()) {
            Field field = (Field) selection;
            if (field.getName().equals(FIELDS)) {
                copied.addAll(fields);
                continue;
            }
            List<Selection> children = field.getSelectionSet() == null ? null
                    : copy(field.getSelectionSet(), prefix, fields, Optional.empty(), false);
            if (root && children != null) {
                itemField.ifPresent(children::add);
            }
            copied.add(field.transform(builder -> builder
                    .alias(root ? prefix + field.getResultKey() : field.getAlias())
                    .arguments(renamed(field.getArguments(), prefix))
                    .selectionSet(children == null ? null : new SelectionSet(children))));
        }
        return copied;
    }

    /**
     * The template's variable definitions renamed for a copy.
     */
    List<VariableDefinition> variables(String prefix) {
        return operation.getVariableDefinitions().stream()
                .map(definition -> definition.transform(builder -> builder.name(prefix + definition.getName())))
                .toList();
    }

    private static List<Argument> renamed(List<Argument> arguments, String prefix) {
        return arguments.stream()
                .map(argument -> argument.transform(builder -> builder.value(renamed(argument.getValue(), prefix))))
                .toList();
    }

    @SuppressWarnings("rawtypes")
    private static Value renamed(Value<?> value, String prefix) {
        if (value instanceof VariableReference reference) {
            return VariableReference.newVariableReference().name(prefix + reference.getName()).build();
        }
        if (value instanceof ArrayValue array) {
            List<Value> values = array.getValues().stream().map(item -> renamed(item, prefix)).toList();
            return ArrayValue.newArrayValue().values(values).build();
        }
        if (value instanceof ObjectValue object) {
            List<ObjectField> fields = object.getObjectFields().stream()
                    .map(objectField -> objectField.transform(builder -> builder.value(renamed(objectField.getValue(), prefix))))
                    .toList();
            return ObjectValue.newObjectValue().objectFields(fields).build();
        }
        return value;
    }

    /**
     * What a copy's first root field answered, its lists flattened: the items of a batched lookup.
     */
    List<Object> items(Map<String, Object> data, String prefix) {
        Object root = data == null ? null : data.get(prefix + rootFields().get(0).getResultKey());
        List<Object> items = new ArrayList<>();
        flatten(root, items);
        return items;
    }

    /**
     * The value at {@code path} below {@code value}, lists along the way flattened; {@code null}
     * when nothing is there.
     */
    static Object valueAt(Object value, List<String> path) {
        Object current = value;
        for (int i = 0; i < path.size(); i++) {
            if (current instanceof List<?> list) {
                List<Object> values = new ArrayList<>();
                List<String> rest = path.subList(i, path.size());
                list.forEach(item -> values.add(valueAt(item, rest)));
                return values;
            }
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(path.get(i));
        }
        return current;
    }

    static void flatten(Object value, List<Object> into) {
        if (value instanceof List<?> list) {
            list.forEach(item -> flatten(item, into));
        } else if (value != null) {
            into.add(value);
        }
    }
}
