package io.skein.plan;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the variables a selection uses, in arguments (nested in lists and input objects too) and
 * in directives.
 */
final class VariableCollector {

    private final Set<String> names = new LinkedHashSet<>();

    private VariableCollector() {
    }

    static Set<String> collect(SelectionSet selectionSet) {
        return collect(selectionSet, List.of());
    }

    /**
     * The variables used by a selection and by the directives of the operation around it.
     */
    static Set<String> collect(SelectionSet selectionSet, List<Directive> operationDirectives) {
        VariableCollector collector = new VariableCollector();
        collector.visitDirectives(operationDirectives);
        collector.visit(selectionSet);
        return collector.names;
    }

    private void visit(SelectionSet selectionSet) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                field.getArguments().stream().map(Argument::getValue).forEach(this::visit);
                visitDirectives(field.getDirectives());
                visit(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                visitDirectives(inline.getDirectives());
                visit(inline.getSelectionSet());
            }
        }
    }

    private void visitDirectives(List<Directive> directives) {
        directives.forEach(directive -> directive.getArguments().stream().map(Argument::getValue).forEach(this::visit));
    }

    private void visit(Value<?> value) {
        if (value instanceof VariableReference reference) {
            names.add(reference.getName());
        } else if (value instanceof ArrayValue array) {
            array.getValues().forEach(this::visit);
        } else if (value instanceof ObjectValue object) {
            object.getObjectFields().stream().map(ObjectField::getValue).forEach(this::visit);
        }
    }
}
