package io.skein.plan;

import graphql.Directives;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import io.skein.schema.FieldOwnership;
import io.skein.schema.RootTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Narrows a client selection to what one upstream provides. Fragment spreads become inline
 * fragments with their type condition and directives, so the result needs no fragment
 * definitions; selections on abstract types gain {@code __typename} so that the proxy can resolve
 * the concrete type of what the upstream returns.
 */
final class SelectionFilter {

    static final String TYPENAME = "__typename";

    /**
     * The response key of an extra field whose own name the client uses as an alias of another field.
     */
    public static final String EXTRA_FIELD_ALIAS_PREFIX = "_skein_";

    private final GraphQLSchema schema;
    private final FieldOwnership ownership;
    private final String upstream;
    private final Map<String, FragmentDefinition> fragments;
    private final RelationRules rules;
    private final InputNarrower inputs;

    /**
     * @param upstream the upstream to narrow to, or {@code null} to keep every field of the merged
     *                 schema (for an API outside the merged graph, reached by URL)
     */
    SelectionFilter(GraphQLSchema schema, FieldOwnership ownership, String upstream, Map<String, FragmentDefinition> fragments,
                    RelationRules rules) {
        this.schema = schema;
        this.ownership = ownership;
        this.upstream = upstream;
        this.fragments = fragments;
        this.rules = rules;
        this.inputs = upstream == null ? null : new InputNarrower(ownership, upstream);
    }

    /**
     * Keeps what the upstream provides of a selection on {@code parentType}, below the root.
     */
    List<Selection> filterSelection(SelectionSet selectionSet, String parentType) {
        return filter(selectionSet, parentType, null);
    }

    /**
     * Keeps the root fields in {@code rootFields} (compared by identity) and, below them, what the
     * upstream provides.
     */
    SelectionSet filterRoot(SelectionSet selectionSet, String rootType, Set<Field> rootFields) {
        return new SelectionSet(filter(selectionSet, rootType, rootFields));
    }

    private List<Selection> filter(SelectionSet selectionSet, String parentType, Set<Field> rootFields) {
        List<Selection> kept = new ArrayList<>();
        List<Field> needed = new ArrayList<>();
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                collectNeeded(needed, field, parentType, rootFields);
                addField(kept, field, parentType, rootFields);
            } else if (selection instanceof InlineFragment inline) {
                String condition = inline.getTypeCondition() == null ? parentType : inline.getTypeCondition().getName();
                addFragment(kept, inline.getTypeCondition(), inline.getDirectives(), inline.getSelectionSet(), condition, parentType, rootFields);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                addFragment(kept, fragment.getTypeCondition(), spread.getDirectives(), fragment.getSelectionSet(),
                        fragment.getTypeCondition().getName(), parentType, rootFields);
            }
        }
        needed.forEach(field -> addNeeded(kept, field));
        return kept;
    }

    /**
     * The fields the relations of {@code field} need on its parent from this upstream.
     */
    private void collectNeeded(List<Field> needed, Field field, String parentType, Set<Field> rootFields) {
        if (rootFields != null) {
            return;
        }
        for (RelationRules.NeededField neededField : rules.neededFields(parentType, field.getName())) {
            boolean fromHere = neededField.upstream() == null
                    ? provides(parentType, neededField.field().getName())
                    : neededField.upstream().equals(upstream);
            if (fromHere) {
                needed.add(neededField.field());
            }
        }
    }

    /**
     * Adds a needed field under its own name, or under {@code _skein_<name>} when the client uses
     * that name as the response key of another field. A leaf already selected is not repeated; a
     * field with a selection is added beside the client's, and the upstream merges the two.
     */
    private static void addNeeded(List<Selection> kept, Field field) {
        String name = field.getName();
        if (respondsUnder(kept, name)) {
            kept.add(field.transform(builder -> builder.alias(EXTRA_FIELD_ALIAS_PREFIX + name)));
        } else if (field.getSelectionSet() == null) {
            addUnaliased(kept, name);
        } else {
            kept.add(field);
        }
    }

    private void addField(List<Selection> kept, Field field, String parentType, Set<Field> rootFields) {
        if (field.getName().equals(TYPENAME)) {
            if (rootFields == null) {
                kept.add(field.transform(builder -> builder.directives(knownDirectives(field.getDirectives()))));
            }
            return;
        }
        boolean wanted = rootFields != null ? rootFields.contains(field)
                : provides(parentType, field.getName()) && !rules.isDelayed(parentType, field.getName());
        if (!wanted) {
            return;
        }
        List<Argument> arguments = keptArguments(field, parentType);
        List<Directive> directives = knownDirectives(field.getDirectives());
        if (field.getSelectionSet() == null) {
            kept.add(field.transform(builder -> builder.arguments(arguments).directives(directives)));
            return;
        }
        GraphQLNamedType fieldType = fieldType(parentType, field.getName());
        List<String> foreignKeyOn = rules.foreignKeyOn(parentType, field.getName());
        List<Selection> children = foreignKeyOn.isEmpty()
                ? filter(field.getSelectionSet(), fieldType.getName(), null)
                : keyFields(foreignKeyOn);
        addExtraFields(children, fieldType.getName());
        if (isAbstract(fieldType) || children.isEmpty()) {
            addTypename(children);
        }
        kept.add(field.transform(builder -> builder.arguments(arguments).directives(directives)
                .selectionSet(new SelectionSet(children))));
    }

    /**
     * A foreign key's selection: its key fields alone, whatever the client selected below it.
     */
    private static List<Selection> keyFields(List<String> on) {
        List<Selection> keys = new ArrayList<>();
        on.forEach(name -> keys.add(new Field(name)));
        return keys;
    }

    /**
     * The field's arguments that the upstream's field has, their input values narrowed to the
     * upstream's input types.
     */
    private List<Argument> keptArguments(Field field, String parentType) {
        if (field.getArguments().isEmpty()) {
            return field.getArguments();
        }
        GraphQLFieldDefinition definition = ((GraphQLFieldsContainer) schema.getType(parentType)).getFieldDefinition(field.getName());
        List<Argument> kept = new ArrayList<>();
        for (Argument argument : field.getArguments()) {
            if (upstream == null) {
                kept.add(argument);
            } else if (ownership.hasArgument(upstream, parentType, field.getName(), argument.getName())) {
                GraphQLInputType type = definition.getArgument(argument.getName()).getType();
                kept.add(argument.transform(builder -> builder.value(inputs.narrow(argument.getValue(), type))));
            }
        }
        return kept;
    }

    /**
     * The directives the upstream can take: {@code @skip}, {@code @include} and the other
     * built-in ones, and those its own schema defines.
     */
    List<Directive> knownDirectives(List<Directive> directives) {
        return directives.stream()
                .filter(directive -> Directives.isBuiltInDirective(directive.getName()) || upstream == null
                        || ownership.hasDirective(upstream, directive.getName()))
                .toList();
    }

    /**
     * A fragment on a root type is sent without its type condition: at the root it means the same,
     * and the upstream may name its root types differently.
     */
    private void addFragment(List<Selection> kept, TypeName typeCondition, List<Directive> directives,
                             SelectionSet selectionSet, String condition, String parentType, Set<Field> rootFields) {
        String sentCondition = sentCondition(condition, parentType);
        if (!hasType(sentCondition) || !canSpread(parentType, sentCondition)) {
            return;
        }
        Set<Field> nestedRootFields = sentCondition.equals(parentType) ? rootFields : null;
        List<Selection> children = filter(selectionSet, sentCondition, nestedRootFields);
        if (children.isEmpty()) {
            return;
        }
        if (!sentCondition.equals(parentType)) {
            addExtraFields(children, sentCondition);
        }
        TypeName sentTypeCondition = sentCondition.equals(condition) ? typeCondition : new TypeName(sentCondition);
        kept.add(InlineFragment.newInlineFragment()
                .typeCondition(isRoot(sentCondition) ? null : sentTypeCondition)
                .directives(knownDirectives(directives))
                .selectionSet(new SelectionSet(children))
                .build());
    }

    /**
     * The type condition to send. Within an object type, a fragment on an abstract type that the
     * merged schema says the object belongs to always applies; when the upstream's own schema does
     * not relate the two (its object does not implement that interface, say), the fragment is sent
     * on the object type itself.
     */
    private String sentCondition(String condition, String parentType) {
        if (canSpread(parentType, condition)) {
            return condition;
        }
        GraphQLType parent = schema.getType(parentType);
        GraphQLType abstractType = schema.getType(condition);
        if (parent instanceof GraphQLObjectType object && isAbstract(abstractType)
                && schema.isPossibleType((GraphQLNamedType) abstractType, object)) {
            return parentType;
        }
        return condition;
    }

    /**
     * Whether the upstream has the field; an API reached by URL is taken to have every field some
     * upstream of the merged graph has.
     */
    private boolean provides(String type, String field) {
        return upstream == null ? ownership.owner(type, field).isPresent() : ownership.provides(upstream, type, field);
    }

    private boolean hasType(String type) {
        return upstream == null || ownership.hasType(upstream, type);
    }

    private boolean canSpread(String parentType, String condition) {
        return upstream == null || ownership.canSpread(upstream, parentType, condition);
    }

    private static boolean isRoot(String type) {
        return RootTypes.QUERY.equals(type) || RootTypes.MUTATION.equals(type) || RootTypes.SUBSCRIPTION.equals(type);
    }

    private GraphQLNamedType fieldType(String parentType, String fieldName) {
        GraphQLFieldsContainer container = (GraphQLFieldsContainer) schema.getType(parentType);
        GraphQLFieldDefinition definition = container.getFieldDefinition(fieldName);
        return (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(definition.getType());
    }

    private static boolean isAbstract(GraphQLType type) {
        return type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType;
    }

    private static void addTypename(List<Selection> selections) {
        addUnaliased(selections, TYPENAME);
    }

    /**
     * Adds the upstream's {@code extra-fields} of a type, which the proxy needs although the
     * client cannot select them.
     */
    private void addExtraFields(List<Selection> selections, String type) {
        if (upstream == null) {
            return;
        }
        for (String field : ownership.extraFields(upstream, type)) {
            if (respondsUnder(selections, field)) {
                selections.add(Field.newField(field).alias(EXTRA_FIELD_ALIAS_PREFIX + field).build());
            } else {
                addUnaliased(selections, field);
            }
        }
    }

    /**
     * Whether the client uses {@code key} as the response key of another field, which an extra
     * field of that name must then stay clear of.
     */
    private static boolean respondsUnder(List<Selection> selections, String key) {
        for (Selection<?> selection : selections) {
            if (selection instanceof Field field && field.getAlias() != null && field.getAlias().equals(key)
                    && !field.getName().equals(key)) {
                return true;
            }
            if (selection instanceof InlineFragment inline && respondsUnder(inline.getSelectionSet().getSelections(), key)) {
                return true;
            }
        }
        return false;
    }

    private static void addUnaliased(List<Selection> selections, String name) {
        boolean present = selections.stream()
                .anyMatch(selection -> selection instanceof Field field && field.getName().equals(name) && field.getAlias() == null);
        if (!present) {
            selections.add(new Field(name));
        }
    }
}
