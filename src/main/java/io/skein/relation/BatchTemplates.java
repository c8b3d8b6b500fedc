package io.skein.relation;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.VariableDefinition;

/**
 * The rules a batched template follows: one variable, a list, that takes every key; one root
 * field, whose value holds the items matched to parents.
 */
final class BatchTemplates {

    private BatchTemplates() {
    }

    static QueryTemplate checked(QueryTemplate template) {
        if (template.variables().size() != 1 || !isList(template.variables().get(0).getType())) {
            throw new IllegalArgumentException("Batch query template must declare exactly one variable, a list that takes every key");
        }
        if (template.rootFields().size() != 1 || template.rootFields().get(0).getSelectionSet() == null) {
            throw new IllegalArgumentException("Batch query template must have exactly one root field, which selects the fields of"
                    + " each item");
        }
        return template;
    }

    static VariableDefinition listVariable(QueryTemplate template) {
        return template.variables().get(0);
    }

    private static boolean isList(Type<?> type) {
        Type<?> unwrapped = type instanceof NonNullType nonNull ? nonNull.getType() : type;
        return unwrapped instanceof ListType;
    }
}
