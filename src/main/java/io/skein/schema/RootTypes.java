package io.skein.schema;

import graphql.language.AstTransformer;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeVisitorStub;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.HashMap;
import java.util.Map;

/**
 * The merged schema names its root types {@code Query}, {@code Mutation} and
 * {@code Subscription}; an upstream whose roots are named otherwise has them, and every reference
 * to them, renamed when merged.
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

    /**
     * Renames the upstream's root types, and every reference to them, in its schema document.
     */
    static Document rename(Document document, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return document;
        }
        NodeVisitorStub visitor = new NodeVisitorStub() {
            @Override
            public TraversalControl visitTypeName(TypeName node, TraverserContext<Node> context) {
                String newName = renames.get(node.getName());
                return newName == null ? TraversalControl.CONTINUE
                        : TreeTransformerUtil.changeNode(context, node.transform(builder -> builder.name(newName)));
            }

            @Override
            public TraversalControl visitObjectTypeDefinition(ObjectTypeDefinition node, TraverserContext<Node> context) {
                String newName = renames.get(node.getName());
                return newName == null ? TraversalControl.CONTINUE
                        : TreeTransformerUtil.changeNode(context, node.transform(builder -> builder.name(newName)));
            }
        };
        return (Document) new AstTransformer().transform(document, visitor);
    }
}
