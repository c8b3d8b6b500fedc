package io.skein.plan;

import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import io.skein.schema.FieldOwnership;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a validated client operation into one operation per upstream. Each root field goes to
 * the upstream that owns it; below it, only the fields that upstream provides are kept. A query's
 * operations are grouped by upstream; a mutation's root fields are grouped into runs of
 * consecutive fields of the same upstream, so that they can be sent in document order.
 */
public final class QueryPlanner {

    private final GraphQLSchema schema;
    private final FieldOwnership ownership;
    private final RelationRules rules;

    public QueryPlanner(GraphQLSchema schema, FieldOwnership ownership) {
        this(schema, ownership, RelationRules.NONE);
    }

    public QueryPlanner(GraphQLSchema schema, FieldOwnership ownership, RelationRules rules) {
        this.schema = schema;
        this.ownership = ownership;
        this.rules = rules;
    }

    /**
     * Plans {@code operation}, which must belong to the already validated {@code document}.
     */
    public QueryPlan plan(Document document, OperationDefinition operation) {
        GraphQLObjectType rootType = rootType(operation.getOperation());
        Map<String, FragmentDefinition> fragments = fragments(document);
        List<RootField> rootFields = new ArrayList<>();
        collectRootFields(operation.getSelectionSet(), rootType.getName(), fragments, rootFields);
        List<UpstreamOperation> steps = new ArrayList<>();
        for (List<RootField> group : group(rootFields, operation.getOperation() == OperationDefinition.Operation.MUTATION)) {
            steps.add(upstreamOperation(operation, rootType.getName(), fragments, group));
        }
        return new QueryPlan(operation.getOperation(), steps);
    }

    private GraphQLObjectType rootType(OperationDefinition.Operation operation) {
        return switch (operation) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
    }

    private static Map<String, FragmentDefinition> fragments(Document document) {
        Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(fragment -> fragments.put(fragment.getName(), fragment));
        return fragments;
    }

    /**
     * The root fields in document order. Fields sharing a response key are one field (validation
     * guarantees they are the same field with the same arguments), so each key goes to one upstream
     * operation, where the upstream merges the selections; it is never sent twice.
     */
    private void collectRootFields(SelectionSet selectionSet, String rootType, Map<String, FragmentDefinition> fragments,
                                   List<RootField> rootFields) {
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field && !rules.isDelayed(rootType, field.getName())) {
                ownership.owner(rootType, field.getName()).ifPresent(owner -> addRootField(rootFields, field, owner));
            } else if (selection instanceof InlineFragment inline) {
                collectRootFields(inline.getSelectionSet(), rootType, fragments, rootFields);
            } else if (selection instanceof FragmentSpread spread) {
                collectRootFields(fragments.get(spread.getName()).getSelectionSet(), rootType, fragments, rootFields);
            }
        }
    }

    private static void addRootField(List<RootField> rootFields, Field field, String owner) {
        RootField first = rootFields.stream()
                .filter(rootField -> rootField.field().getResultKey().equals(field.getResultKey()))
                .findFirst()
                .orElse(null);
        rootFields.add(new RootField(field, first == null ? owner : first.upstream(), first != null));
    }

    /**
     * Queries: one group per upstream, in order of first appearance. Mutations: one group per run of
     * consecutive root fields owned by the same upstream.
     */
    private static List<List<RootField>> group(List<RootField> rootFields, boolean serial) {
        if (serial) {
            List<List<RootField>> runs = new ArrayList<>();
            for (RootField field : rootFields) {
                if (field.repeat()) {
                    runs.stream().filter(run -> run.stream().anyMatch(other -> sameKey(other, field))).findFirst()
                            .ifPresent(run -> run.add(field));
                    continue;
                }
                List<RootField> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last == null || !last.get(0).upstream().equals(field.upstream())) {
                    last = new ArrayList<>();
                    runs.add(last);
                }
                last.add(field);
            }
            return runs;
        }
        Map<String, List<RootField>> byUpstream = new LinkedHashMap<>();
        rootFields.forEach(field -> byUpstream.computeIfAbsent(field.upstream(), name -> new ArrayList<>()).add(field));
        return new ArrayList<>(byUpstream.values());
    }

    private static boolean sameKey(RootField one, RootField other) {
        return one.field().getResultKey().equals(other.field().getResultKey());
    }

    private UpstreamOperation upstreamOperation(OperationDefinition operation, String rootType,
                                                Map<String, FragmentDefinition> fragments, List<RootField> group) {
        String upstream = group.get(0).upstream();
        Set<Field> fields = Collections.newSetFromMap(new IdentityHashMap<>());
        group.forEach(rootField -> fields.add(rootField.field()));
        SelectionFilter filter = new SelectionFilter(schema, ownership, upstream, fragments, rules);
        SelectionSet selectionSet = filter.filterRoot(operation.getSelectionSet(), rootType, fields);
        List<Directive> directives = filter.knownDirectives(operation.getDirectives());
        Set<String> used = VariableCollector.collect(selectionSet, directives);
        List<VariableDefinition> declared = operation.getVariableDefinitions().stream()
                .filter(definition -> used.contains(definition.getName()))
                .toList();
        OperationDefinition upstreamOperation = OperationDefinition.newOperationDefinition()
                .name(operation.getName())
                .operation(operation.getOperation())
                .variableDefinitions(declared)
                .directives(directives)
                .selectionSet(selectionSet)
                .build();
        String text = AstPrinter.printAstCompact(Document.newDocument().definition(upstreamOperation).build());
        List<String> resultKeys = group.stream().map(rootField -> rootField.field().getResultKey()).distinct().toList();
        return new UpstreamOperation(upstream, text, operation.getName(),
                declared.stream().map(VariableDefinition::getName).toList(), resultKeys, variableValues(upstream, declared));
    }

    /**
     * Narrows the client's selection of a field of type {@code type}, for an operation sent to
     * {@code upstream} outside the root operations (a foreign key, a join, a proxied field): what
     * the upstream provides, with fragments inlined and the relations' rules applied.
     *
     * @param upstream the upstream, or {@code null} for an API outside the merged graph, which is
     *                 sent every field some upstream provides
     */
    public Narrowed narrow(Document document, OperationDefinition operation, List<Field> fields, String type, String upstream) {
        SelectionFilter filter = new SelectionFilter(schema, ownership, upstream, fragments(document), rules);
        List<Selection> selections = new ArrayList<>();
        for (Field field : fields) {
            if (field.getSelectionSet() != null) {
                selections.addAll(filter.filterSelection(field.getSelectionSet(), type));
            }
        }
        boolean abstractType = schema.getType(type) instanceof GraphQLInterfaceType
                || schema.getType(type) instanceof GraphQLUnionType;
        if ((selections.isEmpty() && isComposite(type)) || abstractType) {
            selections.add(new Field(SelectionFilter.TYPENAME));
        }
        return narrowed(operation, upstream, selections, List.of());
    }

    /**
     * The variables a narrowed selection and its arguments use, declared as the client's operation
     * declares them.
     *
     * @param arguments other values sent with the selection (the arguments of the fields around it)
     */
    public Narrowed narrowed(OperationDefinition operation, String upstream, List<Selection> selections, List<Field> around) {
        List<Selection> all = new ArrayList<>(selections);
        around.forEach(field -> all.add(field.transform(builder -> builder.selectionSet(null))));
        Set<String> used = VariableCollector.collect(new SelectionSet(all));
        List<VariableDefinition> declared = operation.getVariableDefinitions().stream()
                .filter(definition -> used.contains(definition.getName()))
                .toList();
        VariableValues values = upstream == null ? VariableValues.unchanged(declared.stream().map(VariableDefinition::getName).toList())
                : variableValues(upstream, declared);
        return new Narrowed(selections, declared, values);
    }

    private boolean isComposite(String type) {
        return !(schema.getType(type) instanceof GraphQLScalarType)
                && !(schema.getType(type) instanceof GraphQLEnumType);
    }

    /**
     * A client's selection narrowed for an upstream, with the client variables it uses.
     *
     * @param selections the selection, fragments inlined
     * @param variables  the client's definitions of the variables it uses
     * @param values     chooses and narrows those variables' values
     */
    public record Narrowed(List<Selection> selections, List<VariableDefinition> variables, VariableValues values) {
    }

    private VariableValues variableValues(String upstream, List<VariableDefinition> declared) {
        InputNarrower narrower = new InputNarrower(ownership, upstream);
        Map<String, GraphQLInputType> types = new LinkedHashMap<>();
        declared.forEach(definition -> types.put(definition.getName(), inputType(definition.getType())));
        return clientVariables -> {
            Map<String, Object> values = new LinkedHashMap<>();
            types.forEach((name, type) -> {
                if (clientVariables.containsKey(name)) {
                    values.put(name, narrower.narrowVariable(clientVariables.get(name), type));
                }
            });
            return values;
        };
    }

    private GraphQLInputType inputType(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return GraphQLNonNull.nonNull(inputType(nonNull.getType()));
        }
        if (type instanceof ListType list) {
            return GraphQLList.list(inputType(list.getType()));
        }
        return (GraphQLInputType) schema.getType(((TypeName) type).getName());
    }

    /**
     * The operation of a document that a request selects, as GraphQL's GetOperation does.
     */
    public static Optional<OperationDefinition> selectOperation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
        }
        return operations.stream().filter(operation -> operationName.equals(operation.getName())).findFirst();
    }

    /**
     * @param repeat whether an earlier root field has the same response key; a repeat joins the
     *               operation of that earlier field and starts no run of its own
     */
    private record RootField(Field field, String upstream, boolean repeat) {
    }
}
