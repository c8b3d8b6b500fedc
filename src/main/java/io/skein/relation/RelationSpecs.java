package io.skein.relation;

import graphql.language.Document;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.DataFetcher;
import io.skein.SkeinException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the configuration and application code say about relations and resolvers, gathered
 * at start-up before the schemas are read: delayed fields, resolvers, foreign keys, field
 * dependencies, inserted fields and local SDL. Checks what it can without schemas, with the
 * messages of Ariadne GraphQL Proxy; the rest is checked by {@link RelationBlueprint} once the
 * graph is merged. Not thread-safe.
 */
public final class RelationSpecs {

    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");
    private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

    private final Set<String> delayed = new LinkedHashSet<>();
    private final Map<String, Object> resolvers = new LinkedHashMap<>();
    private final Map<String, List<String>> foreignKeys = new LinkedHashMap<>();
    private final List<FieldDependency> dependencies = new ArrayList<>();
    private final Map<String, Document> sdl = new LinkedHashMap<>();
    private final Set<String> inserted = new LinkedHashSet<>();

    /**
     * A selection fetched from an upstream whenever a field is selected.
     */
    record FieldDependency(String upstream, String type, String field, SelectionSet selection) {
    }

    public void addDelayedField(String type, String field) {
        delayed.add(coordinates(type, field));
    }

    /**
     * Sets the resolver of a field: a graphql-java {@link DataFetcher}, a {@link ForeignKeyResolver},
     * a {@link JoinResolver} or a {@link ProxyResolver}. It replaces any resolver the field had.
     */
    public void setResolver(String type, String field, Object resolver) {
        boolean known = resolver instanceof DataFetcher<?> || resolver instanceof ForeignKeyResolver
                || resolver instanceof JoinResolver || resolver instanceof ProxyResolver;
        if (!known) {
            throw new SkeinException("The resolver of " + coordinates(type, field) + " must be a DataFetcher, a ForeignKeyResolver,"
                    + " a JoinResolver or a ProxyResolver");
        }
        resolvers.put(coordinates(type, field), resolver);
    }

    /**
     * Removes the resolver of a field: one an upstream serves is fetched by the root query again
     * (unless it is delayed by name).
     */
    public void unsetResolver(String type, String field) {
        resolvers.remove(coordinates(type, field));
    }

    public void addForeignKey(String type, String field, List<String> on) {
        String coordinates = coordinates(type, field);
        if (foreignKeys.containsKey(coordinates)) {
            throw new SkeinException("Foreign key already exists on " + coordinates);
        }
        if (dependencies.stream().anyMatch(dependency -> coordinates(dependency.type(), dependency.field()).equals(coordinates))) {
            throw new SkeinException("Foreign key can't be created for " + coordinates
                    + " because field dependencies were previously defined for it.");
        }
        if (on.isEmpty() || on.stream().anyMatch(name -> !NAME.matcher(name).matches())) {
            throw new SkeinException("The key fields of foreign key " + coordinates + " must be field names, e.g. id");
        }
        foreignKeys.put(coordinates, List.copyOf(on));
    }

    /**
     * Adds a selection fetched from {@code upstream} on the parent whenever {@code type.field} is
     * selected, e.g. {@code { metadata { thumb } }}.
     */
    public void addFieldDependencies(String upstream, String type, String field, String query) {
        String coordinates = coordinates(type, field);
        if (ROOT_TYPES.contains(type)) {
            throw new SkeinException("Defining field dependencies for " + type + " fields is not allowed.");
        }
        if (foreignKeys.containsKey(coordinates)) {
            throw new SkeinException("Dependencies can't be created for " + coordinates
                    + " because foreign key was previously defined for it.");
        }
        dependencies.add(new FieldDependency(upstream, type, field, dependencySelection(field, query)));
    }

    private static SelectionSet dependencySelection(String field, String query) {
        String clean = query.strip();
        String message = "'" + field + "' field dependencies should be defined as a single GraphQL operation, e.g.: "
                + "'{ field other { subfield } }'.";
        if (!clean.startsWith("{") || !clean.endsWith("}")) {
            throw new SkeinException(message);
        }
        try {
            Document document = Parser.parse(clean);
            if (document.getDefinitions().size() != 1 || !(document.getDefinitions().get(0) instanceof OperationDefinition operation)
                    || operation.getOperation() != OperationDefinition.Operation.QUERY) {
                throw new SkeinException(message);
            }
            return operation.getSelectionSet();
        } catch (InvalidSyntaxException e) {
            throw new SkeinException(message, e);
        }
    }

    /**
     * Adds a field, given in SDL such as {@code thumbnailUrl(w: Int, h: Int): String!}, to a type of
     * the merged graph; the field is delayed, and a resolver supplies it.
     *
     * @return the field's name
     */
    public String insertField(String type, String fieldDefinition) {
        if (!NAME.matcher(type).matches()) {
            throw new SkeinException("'" + type + "' is not a type name");
        }
        Document document;
        try {
            document = Parser.parse("extend type " + type + " { " + fieldDefinition + " }");
        } catch (InvalidSyntaxException e) {
            throw new SkeinException("The field inserted into " + type + " is not an SDL field definition such as "
                    + "'thumbnailUrl(w: Int, h: Int): String!': " + e.getMessage(), e);
        }
        ObjectTypeExtensionDefinition extension = (ObjectTypeExtensionDefinition) document.getDefinitions().get(0);
        if (extension.getFieldDefinitions().size() != 1) {
            throw new SkeinException("Insert one field into " + type + " at a time");
        }
        String name = extension.getFieldDefinitions().get(0).getName();
        inserted.add(coordinates(type, name));
        sdl.put("inserted field " + coordinates(type, name), document);
        return name;
    }

    /**
     * Adds SDL resolved by resolvers, merged after the upstreams; a type extension adds fields to a
     * type an upstream serves.
     *
     * @param source where the SDL comes from, for messages
     */
    public void addLocalSchema(String source, String text) {
        try {
            sdl.put("local schema " + source, Parser.parse(text));
        } catch (InvalidSyntaxException e) {
            throw new SkeinException("Local schema " + source + " is not valid SDL: " + e.getMessage(), e);
        }
    }

    Set<String> delayed() {
        return Collections.unmodifiableSet(delayed);
    }

    Map<String, Object> resolvers() {
        return Collections.unmodifiableMap(resolvers);
    }

    Map<String, List<String>> foreignKeys() {
        return Collections.unmodifiableMap(foreignKeys);
    }

    List<FieldDependency> dependencies() {
        return Collections.unmodifiableList(dependencies);
    }

    Set<String> inserted() {
        return Collections.unmodifiableSet(inserted);
    }

    /**
     * The SDL to merge after the upstreams, by the name of its source.
     */
    public Map<String, Document> sdl() {
        return Collections.unmodifiableMap(sdl);
    }

    static String coordinates(String type, String field) {
        if (!NAME.matcher(type).matches() || !NAME.matcher(field).matches()) {
            throw new SkeinException("'" + type + "." + field + "' is not a Type.field coordinate");
        }
        return type + "." + field;
    }
}
