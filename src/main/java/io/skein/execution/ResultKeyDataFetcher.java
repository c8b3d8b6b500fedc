package io.skein.execution;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.PropertyDataFetcher;
import java.util.Map;

/**
 * Reads a field from the data its parent holds. Upstream operations keep the client's aliases, so
 * a value an upstream answered is found under the field's response key, not its name; an object a
 * resolver returned ({@link LocalObject}) is read by field name, as graphql-java reads maps,
 * records and beans, and its own objects are marked in turn.
 */
final class ResultKeyDataFetcher implements TrivialDataFetcher<Object> {

    static final ResultKeyDataFetcher INSTANCE = new ResultKeyDataFetcher();

    @Override
    public Object get(DataFetchingEnvironment environment) {
        Object source = environment.getSource();
        if (source instanceof Map<?, ?> map) {
            return map.get(environment.getMergedField().getResultKey());
        }
        if (source instanceof LocalObject local) {
            DataFetchingEnvironment unwrapped = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(environment)
                    .source(local.value())
                    .build();
            Object value = PropertyDataFetcher.fetching(environment.getField().getName()).get(unwrapped);
            return LocalObject.wrap(value, environment.getFieldType());
        }
        return null;
    }
}
