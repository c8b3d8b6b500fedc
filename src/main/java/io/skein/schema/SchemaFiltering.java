package io.skein.schema;

import graphql.Directives;
import graphql.language.Argument;
import graphql.language.AstTransformer;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.Node;
import graphql.language.NodeVisitorStub;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.GraphQLDirective;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.TypeInfo;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;
import io.skein.config.SchemaFilter;
import io.skein.config.UpstreamConfig;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Applies an upstream's {@link SchemaFilter} to its schema document before merging: removes the
 * excluded types (with what uses them), fields, enum values, input fields, arguments, directives
 * and directive arguments, and keeps only the chosen root fields and the types they reach. Every
 * coordinate must exist in the upstream's schema; problems are collected, each naming its key.
 */
final class SchemaFiltering {

    private final UpstreamConfig upstream;
    private final SchemaFilter filter;
    private final Map<String, TypeDefinition<?>> types = new LinkedHashMap<>();
    private final Map<String, DirectiveDefinition> directives = new LinkedHashMap<>();
    private final List<String> problems;
    private final Set<String> removedDirectiveArguments = new LinkedHashSet<>();

    private SchemaFiltering(UpstreamConfig upstream, Document document, List<String> problems) {
        this.upstream = upstream;
        this.filter = upstream.filter();
        this.problems = problems;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof TypeDefinition<?> type) {
                types.put(type.getName(), type);
            } else if (definition instanceof DirectiveDefinition directive) {
                directives.put(directive.getName(), directive);
            }
        }
    }

    /**
     * The filtered document; problems found are added to {@code problems}.
     */
    static Document apply(UpstreamConfig upstream, Document document, List<String> problems) {
        if (upstream.filter().isEmpty()) {
            return document;
        }
        return new SchemaFiltering(upstream, document, problems).filter();
    }

    private Document filter() {
        int before = problems.size();
        checkCoordinates();
        if (problems.size() > before) {
            return Document.newDocument().build();
        }
        filter.excludeTypes().forEach(types::remove);
        filter.excludeDirectives().forEach(directives::remove);
        types.replaceAll((name, type) -> withoutExcludedParts(type));
        directives.replaceAll((name, directive) -> withoutRemovedArguments(directive));
        keepChosenRootFields();
        checkNotEmptied();
        List<Definition> definitions = new ArrayList<>(directives.values());
        definitions.addAll(types.values());
        Document filtered = Document.newDocument().definitions(definitions).build();
        return withoutExcludedDirectiveUses(filtered);
    }

    /**
     * The directive without its excluded arguments and those of excluded types; each removed
     * argument is remembered so that its uses are removed too.
     */
    private DirectiveDefinition withoutRemovedArguments(DirectiveDefinition directive) {
        List<InputValueDefinition> kept = keptValues(directive.getInputValueDefinitions(),
                argument -> "@" + directive.getName() + "." + argument);
        directive.getInputValueDefinitions().stream()
                .filter(argument -> !kept.contains(argument))
                .forEach(argument -> removedDirectiveArguments.add(directive.getName() + "." + argument.getName()));
        return directive.transform(builder -> builder.inputValueDefinitions(kept));
    }

    private void checkCoordinates() {
        String prefix = "skein.upstream." + upstream.name() + ".";
        filter.excludeTypes().stream().filter(type -> !types.containsKey(type))
                .forEach(type -> unknown(prefix + "exclude-types", "type " + type));
        filter.excludeFields().stream().filter(coordinates -> !hasMember(coordinates))
                .forEach(coordinates -> unknown(prefix + "exclude-fields", coordinates));
        filter.extraFields().stream().filter(coordinates -> !hasField(coordinates))
                .forEach(coordinates -> unknown(prefix + "extra-fields", coordinates));
        filter.excludeArguments().stream().filter(coordinates -> !hasArgument(coordinates))
                .forEach(coordinates -> unknown(prefix + "exclude-args", coordinates));
        filter.excludeDirectives().stream().filter(name -> !directives.containsKey(name) && !Directives.isBuiltInDirective(name))
                .forEach(name -> unknown(prefix + "exclude-directives", "directive @" + name));
        filter.excludeDirectiveArguments().stream().filter(coordinates -> !hasDirectiveArgument(coordinates))
                .forEach(coordinates -> unknown(prefix + "exclude-directive-args", "@" + coordinates));
        filter.queries().orElse(List.of()).stream().filter(field -> !hasField(RootTypes.QUERY + "." + field))
                .forEach(field -> unknown(prefix + "queries", RootTypes.QUERY + "." + field));
        filter.mutations().orElse(List.of()).stream().filter(field -> !hasField(RootTypes.MUTATION + "." + field))
                .forEach(field -> unknown(prefix + "mutations", RootTypes.MUTATION + "." + field));
        filter.extraFields().stream().filter(this::hasField).filter(coordinates -> !isLeaf(fieldType(coordinates)))
                .forEach(coordinates -> problems.add(prefix + "extra-fields: " + coordinates
                        + " returns an object, interface or union; only scalar and enum fields can be extra fields"));
        checkKeptRootFieldTypes(prefix + "queries", RootTypes.QUERY, filter.queries());
        checkKeptRootFieldTypes(prefix + "mutations", RootTypes.MUTATION, filter.mutations());
        filter.excludeTypes().stream().filter(type -> type.equals(RootTypes.QUERY))
                .forEach(type -> problems.add(prefix + "exclude-types: the Query type cannot be excluded"));
    }

    /**
     * A root field kept by {@code queries} or {@code mutations} whose type {@code exclude-types}
     * removes would silently disappear: that contradiction is a problem.
     */
    private void checkKeptRootFieldTypes(String key, String rootType, Optional<List<String>> kept) {
        for (String name : kept.orElse(List.of())) {
            Optional<FieldDefinition> field = field(rootType + "." + name);
            if (field.isPresent() && isExcluded(field.get().getType())) {
                problems.add(key + ": " + rootType + "." + name + " is kept, but its type "
                        + TypeInfo.typeInfo(field.get().getType()).getName() + " is excluded by exclude-types");
            }
        }
    }

    private void unknown(String key, String what) {
        problems.add(key + ": " + what + " does not exist in the schema of upstream '" + upstream.name() + "'");
    }

    private boolean hasMember(String coordinates) {
        String[] parts = coordinates.split("\\.");
        TypeDefinition<?> type = types.get(parts[0]);
        if (type instanceof EnumTypeDefinition enumType) {
            return enumType.getEnumValueDefinitions().stream().anyMatch(value -> value.getName().equals(parts[1]));
        }
        if (type instanceof InputObjectTypeDefinition input) {
            return input.getInputValueDefinitions().stream().anyMatch(value -> value.getName().equals(parts[1]));
        }
        return hasField(coordinates);
    }

    private boolean hasField(String coordinates) {
        return field(coordinates).isPresent();
    }

    private boolean hasArgument(String coordinates) {
        int lastDot = coordinates.lastIndexOf('.');
        String argument = coordinates.substring(lastDot + 1);
        return field(coordinates.substring(0, lastDot))
                .map(field -> field.getInputValueDefinitions().stream().anyMatch(value -> value.getName().equals(argument)))
                .orElse(false);
    }

    private boolean hasDirectiveArgument(String coordinates) {
        String[] parts = coordinates.split("\\.");
        Optional<GraphQLDirective> builtIn = Directives.BUILT_IN_DIRECTIVES.stream()
                .filter(directive -> directive.getName().equals(parts[0]))
                .findFirst();
        if (builtIn.isPresent()) {
            return builtIn.get().getArgument(parts[1]) != null;
        }
        DirectiveDefinition directive = directives.get(parts[0]);
        return directive != null && directive.getInputValueDefinitions().stream().anyMatch(value -> value.getName().equals(parts[1]));
    }

    private Optional<FieldDefinition> field(String coordinates) {
        String[] parts = coordinates.split("\\.");
        return fieldsOf(types.get(parts[0])).stream().filter(field -> field.getName().equals(parts[1])).findFirst();
    }

    private String fieldType(String coordinates) {
        return TypeInfo.typeInfo(field(coordinates).orElseThrow().getType()).getName();
    }

    private boolean isLeaf(String typeName) {
        return ScalarInfo.isGraphqlSpecifiedScalar(typeName) || types.get(typeName) instanceof ScalarTypeDefinition
                || types.get(typeName) instanceof EnumTypeDefinition;
    }

    private static List<FieldDefinition> fieldsOf(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition object) {
            return object.getFieldDefinitions();
        }
        if (type instanceof InterfaceTypeDefinition iface) {
            return iface.getFieldDefinitions();
        }
        return List.of();
    }

    private TypeDefinition<?> withoutExcludedParts(TypeDefinition<?> type) {
        String name = type.getName();
        if (type instanceof ObjectTypeDefinition object) {
            return object.transform(builder -> builder.fieldDefinitions(keptFields(name, object.getFieldDefinitions()))
                    .implementz(keptTypes(object.getImplements())));
        }
        if (type instanceof InterfaceTypeDefinition iface) {
            return iface.transform(builder -> builder.definitions(keptFields(name, iface.getFieldDefinitions()))
                    .implementz(keptTypes(iface.getImplements())));
        }
        if (type instanceof InputObjectTypeDefinition input) {
            return input.transform(builder -> builder.inputValueDefinitions(
                    keptValues(input.getInputValueDefinitions(), field -> name + "." + field)));
        }
        if (type instanceof EnumTypeDefinition enumType) {
            return enumType.transform(builder -> builder.enumValueDefinitions(enumType.getEnumValueDefinitions().stream()
                    .filter(value -> !filter.excludeFields().contains(name + "." + value.getName()))
                    .toList()));
        }
        if (type instanceof UnionTypeDefinition union) {
            return union.transform(builder -> builder.memberTypes(keptTypes(union.getMemberTypes())));
        }
        return type;
    }

    private List<FieldDefinition> keptFields(String type, List<FieldDefinition> fields) {
        List<FieldDefinition> kept = new ArrayList<>();
        for (FieldDefinition field : fields) {
            String coordinates = type + "." + field.getName();
            if (filter.excludeFields().contains(coordinates) || filter.extraFields().contains(coordinates) || isExcluded(field.getType())) {
                continue;
            }
            kept.add(field.transform(builder -> builder.inputValueDefinitions(
                    keptValues(field.getInputValueDefinitions(), argument -> coordinates + "." + argument))));
        }
        return kept;
    }

    /**
     * Input values (arguments or input fields) that are neither excluded by their coordinates nor
     * of an excluded type.
     */
    private List<InputValueDefinition> keptValues(List<InputValueDefinition> values, UnaryOperator<String> coordinates) {
        return values.stream()
                .filter(value -> !isExcluded(value.getType()))
                .filter(value -> !excludedValue(coordinates.apply(value.getName())))
                .toList();
    }

    private boolean excludedValue(String coordinates) {
        if (coordinates.startsWith("@")) {
            return filter.excludeDirectiveArguments().contains(coordinates.substring(1));
        }
        return filter.excludeArguments().contains(coordinates) || filter.excludeFields().contains(coordinates);
    }

    private List<Type> keptTypes(List<Type> typeNames) {
        return typeNames.stream().filter(type -> !isExcluded(type)).toList();
    }

    private boolean isExcluded(Type<?> type) {
        return filter.excludeTypes().contains(TypeInfo.typeInfo(type).getName());
    }

    private void keepChosenRootFields() {
        if (filter.queries().isEmpty() && filter.mutations().isEmpty()) {
            return;
        }
        keepRootFields(RootTypes.QUERY, filter.queries());
        if (filter.mutations().isEmpty()) {
            types.remove(RootTypes.MUTATION);
        } else {
            keepRootFields(RootTypes.MUTATION, filter.mutations());
        }
        types.remove(RootTypes.SUBSCRIPTION);
        Set<String> reachable = reachableTypes();
        types.keySet().removeIf(name -> !reachable.contains(name));
    }

    private void keepRootFields(String rootType, Optional<List<String>> kept) {
        if (kept.isEmpty() || !(types.get(rootType) instanceof ObjectTypeDefinition root)) {
            return;
        }
        types.put(rootType, root.transform(builder -> builder.fieldDefinitions(root.getFieldDefinitions().stream()
                .filter(field -> kept.get().contains(field.getName()))
                .toList())));
    }

    /**
     * The types reachable from the root types, through fields, arguments, input fields,
     * interfaces, union members, implementations of reachable interfaces, and the arguments of
     * the directives kept.
     */
    private Set<String> reachableTypes() {
        Set<String> reachable = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(RootTypes.QUERY, RootTypes.MUTATION));
        directives.values().forEach(directive -> directive.getInputValueDefinitions()
                .forEach(argument -> pending.add(TypeInfo.typeInfo(argument.getType()).getName())));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (types.containsKey(name) && reachable.add(name)) {
                pending.addAll(referencedTypes(types.get(name)));
                pending.addAll(implementationsOf(name));
            }
        }
        return reachable;
    }

    private List<String> referencedTypes(TypeDefinition<?> type) {
        List<String> referenced = new ArrayList<>();
        for (FieldDefinition field : fieldsOf(type)) {
            referenced.add(TypeInfo.typeInfo(field.getType()).getName());
            field.getInputValueDefinitions().forEach(argument -> referenced.add(TypeInfo.typeInfo(argument.getType()).getName()));
        }
        if (type instanceof ObjectTypeDefinition object) {
            object.getImplements().forEach(iface -> referenced.add(TypeInfo.typeInfo(iface).getName()));
        } else if (type instanceof InterfaceTypeDefinition iface) {
            iface.getImplements().forEach(parent -> referenced.add(TypeInfo.typeInfo(parent).getName()));
        } else if (type instanceof UnionTypeDefinition union) {
            union.getMemberTypes().forEach(member -> referenced.add(TypeInfo.typeInfo(member).getName()));
        } else if (type instanceof InputObjectTypeDefinition input) {
            input.getInputValueDefinitions().forEach(field -> referenced.add(TypeInfo.typeInfo(field.getType()).getName()));
        }
        return referenced;
    }

    private List<String> implementationsOf(String interfaceName) {
        List<String> implementations = new ArrayList<>();
        for (TypeDefinition<?> type : types.values()) {
            List<Type> implemented = type instanceof ObjectTypeDefinition object ? object.getImplements()
                    : type instanceof InterfaceTypeDefinition iface ? iface.getImplements() : List.of();
            if (implemented.stream().anyMatch(name -> ((TypeName) name).getName().equals(interfaceName))) {
                implementations.add(type.getName());
            }
        }
        return implementations;
    }

    private void checkNotEmptied() {
        String key = "skein.upstream." + upstream.name() + ".";
        for (TypeDefinition<?> type : types.values()) {
            boolean emptied = type instanceof ObjectTypeDefinition object && object.getFieldDefinitions().isEmpty()
                    || type instanceof InterfaceTypeDefinition iface && iface.getFieldDefinitions().isEmpty()
                    || type instanceof UnionTypeDefinition union && union.getMemberTypes().isEmpty()
                    || type instanceof InputObjectTypeDefinition input && input.getInputValueDefinitions().isEmpty()
                    || type instanceof EnumTypeDefinition enumType && enumType.getEnumValueDefinitions().isEmpty();
            if (emptied) {
                problems.add(key + "exclude-*: filtering leaves " + type.getName() + " of upstream '" + upstream.name()
                        + "' with nothing in it; exclude the type itself instead");
            }
        }
    }

    private Document withoutExcludedDirectiveUses(Document document) {
        removedDirectiveArguments.addAll(filter.excludeDirectiveArguments());
        if (filter.excludeDirectives().isEmpty() && removedDirectiveArguments.isEmpty()) {
            return document;
        }
        NodeVisitorStub visitor = new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<Node> context) {
                return filter.excludeDirectives().contains(node.getName()) ? TreeTransformerUtil.deleteNode(context)
                        : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitArgument(Argument node, TraverserContext<Node> context) {
                if (context.getParentNode() instanceof Directive directive
                        && removedDirectiveArguments.contains(directive.getName() + "." + node.getName())) {
                    return TreeTransformerUtil.deleteNode(context);
                }
                return TraversalControl.CONTINUE;
            }
        };
        return (Document) new AstTransformer().transform(document, visitor);
    }
}
