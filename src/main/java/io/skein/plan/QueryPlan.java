package io.skein.plan;

import graphql.language.OperationDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one client operation is answered: the upstream operations to send and which of them answers
 * each root field. A query's operations run concurrently; a mutation's run one after another, in
 * document order.
 */
public final class QueryPlan {

    private final OperationDefinition.Operation operation;
    private final List<UpstreamOperation> steps;
    private final Map<String, Integer> stepByResultKey = new HashMap<>();

    public QueryPlan(OperationDefinition.Operation operation, List<UpstreamOperation> steps) {
        this.operation = operation;
        this.steps = List.copyOf(steps);
        for (int i = 0; i < this.steps.size(); i++) {
            for (String key : this.steps.get(i).resultKeys()) {
                stepByResultKey.putIfAbsent(key, i);
            }
        }
    }

    public OperationDefinition.Operation operation() {
        return operation;
    }

    public List<UpstreamOperation> steps() {
        return steps;
    }

    /**
     * The index in {@link #steps()} of the upstream operation that answers a root response key.
     */
    public Optional<Integer> stepFor(String resultKey) {
        return Optional.ofNullable(stepByResultKey.get(resultKey));
    }
}
