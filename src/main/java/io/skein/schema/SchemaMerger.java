package io.skein.schema;

import graphql.Directives;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.InterfaceTypeExtensionDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SDLDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphqlTypeComparatorRegistry;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.schema.idl.errors.SchemaProblem;
import graphql.schema.validation.InvalidSchemaException;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Merges upstream schemas in order into one, each first filtered by its upstream's
 * {@link io.skein.config.SchemaFilter}: types of the same name take the union of their
 * fields, arguments, interfaces, enum values and union members; a later upstream's field replaces
 * an earlier one's. The same coordinates with different types, or one name used for two kinds of
 * type, are conflicts.
 */
public final class SchemaMerger {

    private static final SchemaPrinter PRINTER = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
            .setComparators(GraphqlTypeComparatorRegistry.AS_IS_REGISTRY)
            .includeScalarTypes(true)
            .includeSchemaDefinition(false)
            .includeDirectiveDefinition(name -> !Directives.isBuiltInDirective(name)));

    private final Map<String, TypeDefinition<?>> types = new LinkedHashMap<>();
    private final Map<String, DirectiveDefinition> directives = new LinkedHashMap<>();
    private final Map<String, String> definedBy = new HashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    private final FieldOwnership ownership = new FieldOwnership();
    private String upstream;

    private SchemaMerger() {
    }

    /**
     * Merges the schemas in the given order.
     *
     * @throws SchemaMergeException listing every conflict
     */
    public static MergedSchema merge(List<UpstreamSchema> upstreams) {
        SchemaMerger merger = new SchemaMerger();
        upstreams.forEach(merger::add);
        if (!merger.conflicts.isEmpty()) {
            throw new SchemaMergeException(merger.conflicts);
        }
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        merger.directives.values().forEach(registry::add);
        merger.types.values().forEach(type -> registry.add((SDLDefinition<?>) type));
        return new MergedSchema(registry, merger.ownership, upstreams);
    }

    /**
     * Adds SDL that no upstream serves (local schemas, inserted fields) to a merged schema, after
     * the upstreams and by the same rules: new types are added, fields are added to existing types
     * (a type extension of a remote type adds to it) and replace fields of the same name. Nobody
     * owns the added fields: resolvers supply them.
     *
     * @param sources SDL documents by the name used in conflict messages
     * @throws SchemaMergeException listing every conflict
     */
    public static MergedSchema extend(MergedSchema merged, Map<String, Document> sources) {
        SchemaMerger merger = new SchemaMerger();
        TypeDefinitionRegistry registry = merged.types();
        registry.types().values().forEach(type -> merger.seed(type, merged.ownership()));
        for (Map.Entry<String, Document> source : sources.entrySet()) {
            merger.upstream = source.getKey();
            source.getValue().getDefinitionsOfType(TypeDefinition.class).forEach(type -> merger.addType(asDefinition(type)));
            source.getValue().getDefinitionsOfType(DirectiveDefinition.class)
                    .forEach(directive -> merger.directives.putIfAbsent(directive.getName(), directive));
        }
        if (!merger.conflicts.isEmpty()) {
            throw new SchemaMergeException(merger.conflicts);
        }
        merger.types.values().forEach(type -> replace(registry, type));
        merger.directives.values().stream()
                .filter(directive -> registry.getDirectiveDefinition(directive.getName()).isEmpty())
                .forEach(registry::add);
        return merged;
    }

    private void seed(TypeDefinition<?> type, FieldOwnership owners) {
        types.put(type.getName(), type);
        definedBy.put(type.getName(), "upstream");
        if (type instanceof ObjectTypeDefinition object) {
            object.getFieldDefinitions().forEach(field -> definedBy.put(type.getName() + "." + field.getName(),
                    owners.owner(type.getName(), field.getName()).orElse("upstream")));
        }
    }

    private static void replace(TypeDefinitionRegistry registry, TypeDefinition<?> type) {
        registry.getType(type.getName()).ifPresent(existing -> registry.remove((SDLDefinition<?>) existing));
        registry.scalars().entrySet().stream()
                .filter(entry -> entry.getKey().equals(type.getName()) && !(type instanceof ScalarTypeDefinition))
                .findFirst()
                .ifPresent(entry -> registry.remove(entry.getValue()));
        if (!(type instanceof ScalarTypeDefinition) || !registry.scalars().containsKey(type.getName())) {
            registry.add((SDLDefinition<?>) type);
        }
    }

    /**
     * A type extension as the definition it adds: an extension of a type no source defines yet
     * then simply defines it.
     */
    private static TypeDefinition<?> asDefinition(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeExtensionDefinition extension) {
            return ObjectTypeDefinition.newObjectTypeDefinition().name(extension.getName())
                    .fieldDefinitions(extension.getFieldDefinitions()).implementz(extension.getImplements())
                    .directives(extension.getDirectives()).build();
        }
        if (type instanceof InterfaceTypeExtensionDefinition extension) {
            return InterfaceTypeDefinition.newInterfaceTypeDefinition().name(extension.getName())
                    .definitions(extension.getFieldDefinitions()).implementz(extension.getImplements())
                    .directives(extension.getDirectives()).build();
        }
        return type;
    }

    private void add(UpstreamSchema source) {
        upstream = source.name();
        Document printed = Parser.parse(ParserEnvironment.newParserEnvironment()
                .document(PRINTER.print(source.schema()))
                .parserOptions(ParserOptions.getDefaultSdlParserOptions())
                .build());
        Document renamed = RootTypes.rename(printed, RootTypes.renames(source.schema()));
        int before = conflicts.size();
        Document document = SchemaFiltering.apply(source.upstream(), renamed, conflicts);
        if (conflicts.size() > before || !isValidSchema(document)) {
            return;
        }
        recordOwnership(source, document);
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof DirectiveDefinition directive) {
                directives.putIfAbsent(directive.getName(), directive);
            } else if (definition instanceof TypeDefinition<?> type) {
                addType(type);
            }
        }
    }

    private void recordField(String type, FieldDefinition field) {
        ownership.addField(upstream, type, field.getName());
        field.getInputValueDefinitions().forEach(argument -> ownership.addArgument(upstream, type, field.getName(), argument.getName()));
    }

    private boolean isValidSchema(Document document) {
        try {
            UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().buildRegistry(document));
            return true;
        } catch (SchemaProblem | InvalidSchemaException e) {
            conflict("skein.upstream." + upstream + ": the filtered schema of upstream '" + upstream + "' is not valid: "
                    + e.getMessage());
            return false;
        }
    }

    private void recordOwnership(UpstreamSchema source, Document document) {
        for (TypeDefinition<?> type : document.getDefinitionsOfType(TypeDefinition.class)) {
            ownership.addType(upstream, type.getName());
            if (type instanceof ObjectTypeDefinition object) {
                object.getFieldDefinitions().forEach(field -> recordField(type.getName(), field));
                object.getImplements().forEach(iface -> ownership.addPossibleType(upstream, typeName(iface), type.getName()));
            } else if (type instanceof InterfaceTypeDefinition iface) {
                iface.getFieldDefinitions().forEach(field -> recordField(type.getName(), field));
            } else if (type instanceof UnionTypeDefinition union) {
                union.getMemberTypes().forEach(member -> ownership.addPossibleType(upstream, type.getName(), typeName(member)));
            } else if (type instanceof InputObjectTypeDefinition input) {
                input.getInputValueDefinitions().forEach(field -> ownership.addInputField(upstream, type.getName(), field.getName()));
            }
        }
        document.getDefinitionsOfType(DirectiveDefinition.class).forEach(directive -> ownership.addDirective(upstream, directive.getName()));
        for (String coordinates : source.upstream().filter().extraFields()) {
            String[] parts = coordinates.split("\\.");
            ownership.addExtraField(upstream, parts[0], parts[1]);
        }
    }

    private void addType(TypeDefinition<?> type) {
        TypeDefinition<?> existing = types.get(type.getName());
        if (existing == null) {
            types.put(type.getName(), type);
        } else if (existing.getClass() != type.getClass()) {
            conflict(type.getName() + " is " + kind(existing) + " in upstream '" + definedBy.get(type.getName())
                    + "' but " + kind(type) + " in upstream '" + upstream + "'");
            return;
        } else {
            types.put(type.getName(), mergeSameKind(existing, type));
        }
        remember(type);
    }

    /** Records which upstream defined the type and its fields and arguments last, for conflict messages. */
    private void remember(TypeDefinition<?> type) {
        definedBy.put(type.getName(), upstream);
        if (type instanceof ObjectTypeDefinition object) {
            object.getFieldDefinitions().forEach(field -> rememberField(type.getName(), field));
        } else if (type instanceof InterfaceTypeDefinition iface) {
            iface.getFieldDefinitions().forEach(field -> rememberField(type.getName(), field));
        } else if (type instanceof InputObjectTypeDefinition input) {
            input.getInputValueDefinitions().forEach(value -> definedBy.put(type.getName() + "." + value.getName(), upstream));
        }
    }

    private void rememberField(String type, FieldDefinition field) {
        String coordinates = type + "." + field.getName();
        definedBy.put(coordinates, upstream);
        field.getInputValueDefinitions().forEach(argument -> definedBy.put(coordinates + "." + argument.getName(), upstream));
    }

    private TypeDefinition<?> mergeSameKind(TypeDefinition<?> existing, TypeDefinition<?> added) {
        if (added instanceof ObjectTypeDefinition object) {
            return mergeObject((ObjectTypeDefinition) existing, object);
        }
        if (added instanceof InterfaceTypeDefinition iface) {
            return mergeInterface((InterfaceTypeDefinition) existing, iface);
        }
        if (added instanceof InputObjectTypeDefinition input) {
            return mergeInput((InputObjectTypeDefinition) existing, input);
        }
        if (added instanceof EnumTypeDefinition enumType) {
            return mergeEnum((EnumTypeDefinition) existing, enumType);
        }
        if (added instanceof UnionTypeDefinition union) {
            return mergeUnion((UnionTypeDefinition) existing, union);
        }
        return existing;
    }

    private ObjectTypeDefinition mergeObject(ObjectTypeDefinition existing, ObjectTypeDefinition added) {
        List<FieldDefinition> fields = mergeFields(existing.getName(), existing.getFieldDefinitions(), added.getFieldDefinitions());
        List<Type> interfaces = union(existing.getImplements(), added.getImplements(), SchemaMerger::typeName);
        return added.transform(builder -> builder.fieldDefinitions(fields).implementz(interfaces)
                .description(added.getDescription() != null ? added.getDescription() : existing.getDescription()));
    }

    private InterfaceTypeDefinition mergeInterface(InterfaceTypeDefinition existing, InterfaceTypeDefinition added) {
        List<FieldDefinition> fields = mergeFields(existing.getName(), existing.getFieldDefinitions(), added.getFieldDefinitions());
        List<Type> interfaces = union(existing.getImplements(), added.getImplements(), SchemaMerger::typeName);
        return added.transform(builder -> builder.definitions(fields).implementz(interfaces)
                .description(added.getDescription() != null ? added.getDescription() : existing.getDescription()));
    }

    private InputObjectTypeDefinition mergeInput(InputObjectTypeDefinition existing, InputObjectTypeDefinition added) {
        List<InputValueDefinition> fields = mergeInputValues(existing.getName(), existing.getInputValueDefinitions(),
                added.getInputValueDefinitions());
        return added.transform(builder -> builder.inputValueDefinitions(fields));
    }

    private EnumTypeDefinition mergeEnum(EnumTypeDefinition existing, EnumTypeDefinition added) {
        List<EnumValueDefinition> values = union(existing.getEnumValueDefinitions(), added.getEnumValueDefinitions(),
                EnumValueDefinition::getName);
        return added.transform(builder -> builder.enumValueDefinitions(values));
    }

    private UnionTypeDefinition mergeUnion(UnionTypeDefinition existing, UnionTypeDefinition added) {
        List<Type> members = union(existing.getMemberTypes(), added.getMemberTypes(), SchemaMerger::typeName);
        return added.transform(builder -> builder.memberTypes(members));
    }

    private List<FieldDefinition> mergeFields(String type, List<FieldDefinition> existing, List<FieldDefinition> added) {
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        existing.forEach(field -> fields.put(field.getName(), field));
        for (FieldDefinition field : added) {
            FieldDefinition previous = fields.get(field.getName());
            String coordinates = type + "." + field.getName();
            if (previous == null) {
                fields.put(field.getName(), field);
                continue;
            }
            checkSameType(coordinates, previous.getType(), field.getType());
            List<InputValueDefinition> arguments = mergeInputValues(coordinates, previous.getInputValueDefinitions(),
                    field.getInputValueDefinitions());
            fields.put(field.getName(), field.transform(builder -> builder.inputValueDefinitions(arguments)));
        }
        return new ArrayList<>(fields.values());
    }

    private List<InputValueDefinition> mergeInputValues(String owner, List<InputValueDefinition> existing,
                                                        List<InputValueDefinition> added) {
        Map<String, InputValueDefinition> values = new LinkedHashMap<>();
        existing.forEach(value -> values.put(value.getName(), value));
        for (InputValueDefinition value : added) {
            InputValueDefinition previous = values.get(value.getName());
            if (previous != null) {
                checkSameType(owner + "." + value.getName(), previous.getType(), value.getType());
            }
            values.put(value.getName(), value);
        }
        return new ArrayList<>(values.values());
    }

    private void checkSameType(String coordinates, Type<?> existing, Type<?> added) {
        String existingType = AstPrinter.printAst(existing);
        String addedType = AstPrinter.printAst(added);
        if (!existingType.equals(addedType)) {
            conflict(coordinates + " is " + existingType + " in upstream '" + definedBy.get(coordinates) + "' but "
                    + addedType + " in upstream '" + upstream + "'");
        }
    }

    private static <T> List<T> union(List<T> existing, List<T> added, Function<T, String> name) {
        Map<String, T> items = new LinkedHashMap<>();
        existing.forEach(item -> items.put(name.apply(item), item));
        added.forEach(item -> items.put(name.apply(item), item));
        return new ArrayList<>(items.values());
    }

    private static String typeName(Type<?> type) {
        return ((TypeName) type).getName();
    }

    private static String kind(TypeDefinition<?> type) {
        String simpleName = type.getClass().getSimpleName().replace("TypeDefinition", "");
        return switch (simpleName) {
            case "InputObject" -> "an input type";
            case "Interface", "Object", "Enum" -> "an " + simpleName.toLowerCase(Locale.ROOT) + " type";
            default -> "a " + simpleName.toLowerCase(Locale.ROOT) + " type";
        };
    }

    private void conflict(String message) {
        conflicts.add(message);
    }
}
