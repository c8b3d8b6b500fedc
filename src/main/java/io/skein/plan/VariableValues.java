package io.skein.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses, from a client's variable values, those one upstream operation is sent: only the
 * variables it declares and the client sent, each narrowed to the upstream's input types.
 */
@FunctionalInterface
public interface VariableValues {

    Map<String, Object> select(Map<String, Object> clientVariables);

    /**
     * The named variables the client sent, as it sent them.
     */
    static VariableValues unchanged(List<String> names) {
        return clientVariables -> {
            Map<String, Object> values = new LinkedHashMap<>();
            names.stream().filter(clientVariables::containsKey).forEach(name -> values.put(name, clientVariables.get(name)));
            return values;
        };
    }
}
