package io.skein.execution;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;

/**
 * Reads a field from the upstream data its parent holds. Upstream operations keep the client's
 * aliases, so the value is found under the field's response key, not its name.
 */
final class ResultKeyDataFetcher implements TrivialDataFetcher<Object> {

    static final ResultKeyDataFetcher INSTANCE = new ResultKeyDataFetcher();

    @Override
    public Object get(DataFetchingEnvironment environment) {
        Object source = environment.getSource();
        if (source instanceof Map<?, ?> map) {
            return map.get(environment.getMergedField().getResultKey());
        }
        return null;
    }
}
