package io.skein.execution;

import graphql.TypeResolutionEnvironment;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import io.skein.schema.RootTypes;
import java.util.Map;

/**
 * Wires the merged schema for proxying: root query and mutation fields resolve from upstream
 * operations, every other field reads its parent's upstream data by response key, abstract types
 * resolve by the {@code __typename} the upstream returned, and custom scalars pass through.
 */
final class ProxyWiringFactory implements WiringFactory {

    private static final TypeResolver TYPENAME_RESOLVER = ProxyWiringFactory::resolveByTypename;

    private final RootFieldDataFetcher rootFieldDataFetcher;
    private final Map<String, DataFetcher<?>> resolvers;

    /**
     * @param resolvers the data fetchers of fields that resolvers supply, by {@code Type.field}
     */
    ProxyWiringFactory(RootFieldDataFetcher rootFieldDataFetcher, Map<String, DataFetcher<?>> resolvers) {
        this.rootFieldDataFetcher = rootFieldDataFetcher;
        this.resolvers = resolvers;
    }

    @Override
    public boolean providesScalar(ScalarWiringEnvironment environment) {
        return !ScalarInfo.isGraphqlSpecifiedScalar(environment.getScalarTypeDefinition().getName());
    }

    @Override
    public GraphQLScalarType getScalar(ScalarWiringEnvironment environment) {
        var definition = environment.getScalarTypeDefinition();
        return GraphQLScalarType.newScalar()
                .name(definition.getName())
                .description(definition.getDescription() == null ? null : definition.getDescription().getContent())
                .definition(definition)
                .coercing(PassThroughCoercing.INSTANCE)
                .build();
    }

    @Override
    public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
        return true;
    }

    @Override
    public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
        return TYPENAME_RESOLVER;
    }

    @Override
    public boolean providesTypeResolver(UnionWiringEnvironment environment) {
        return true;
    }

    @Override
    public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
        return TYPENAME_RESOLVER;
    }

    @Override
    public boolean providesDataFetcher(FieldWiringEnvironment environment) {
        return isRoot(environment.getParentType().getName()) || resolvers.containsKey(coordinates(environment));
    }

    @Override
    public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
        DataFetcher<?> resolver = resolvers.get(coordinates(environment));
        return resolver != null ? resolver : rootFieldDataFetcher;
    }

    private static String coordinates(FieldWiringEnvironment environment) {
        return environment.getParentType().getName() + "." + environment.getFieldDefinition().getName();
    }

    @Override
    public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
        return ResultKeyDataFetcher.INSTANCE;
    }

    private static boolean isRoot(String typeName) {
        return RootTypes.QUERY.equals(typeName) || RootTypes.MUTATION.equals(typeName);
    }

    /**
     * An upstream's object names its type in {@code __typename}; a resolver's object may too (a
     * map), or is named by its class, as a record {@code Book} is of type {@code Book}.
     */
    private static GraphQLObjectType resolveByTypename(TypeResolutionEnvironment environment) {
        Object source = LocalObject.unwrap(environment.getObject());
        if (source instanceof Map<?, ?> map && map.get("__typename") instanceof String typename) {
            return environment.getSchema().getObjectType(typename);
        }
        if (source != null && !(source instanceof Map<?, ?>)) {
            return environment.getSchema().getObjectType(source.getClass().getSimpleName());
        }
        return null;
    }
}
