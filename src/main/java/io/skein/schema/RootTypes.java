package io.skein.schema;

import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.HashMap;
import java.util.Map;

/**
 * The merged schema names its root types {@code Query}, {@code Mutation} and
 * {@code Subscription}; an upstream whose roots are named otherwise has them renamed when merged.
 */
public final class RootTypes {

    public static final String QUERY = "Query";
    public static final String MUTATION = "Mutation";
    public static final String SUBSCRIPTION = "Subscription";

    private RootTypes() {
    }

    /**
     * The upstream's root type names that differ from the standard ones, mapped to the standard name.
     */
    static Map<String, String> renames(GraphQLSchema schema) {
        Map<String, String> renames = new HashMap<>();
        addRename(renames, schema.getQueryType(), QUERY);
        addRename(renames, schema.getMutationType(), MUTATION);
        addRename(renames, schema.getSubscriptionType(), SUBSCRIPTION);
        return renames;
    }

    private static void addRename(Map<String, String> renames, GraphQLObjectType root, String standardName) {
        if (root != null && !root.getName().equals(standardName)) {
            renames.put(root.getName(), standardName);
        }
    }

    static TypeDefinition<?> rename(TypeDefinition<?> type, Map<String, String> renames) {
        String newName = renames.get(type.getName());
        if (newName == null || !(type instanceof ObjectTypeDefinition object)) {
            return type;
        }
        return object.transform(builder -> builder.name(newName));
    }
}
