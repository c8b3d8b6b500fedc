package io.skein.plan;

import java.util.Map;

/**
 * Chooses, from a client's variable values, those one upstream operation is sent: only the
 * variables it declares and the client sent, each narrowed to the upstream's input types.
 */
@FunctionalInterface
public interface VariableValues {

    Map<String, Object> select(Map<String, Object> clientVariables);
}
