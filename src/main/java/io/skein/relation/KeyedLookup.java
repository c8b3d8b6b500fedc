package io.skein.relation;

import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.VariableDefinition;
import io.skein.execution.ProxyRequest;
import io.skein.execution.UpstreamResponse;
import io.skein.plan.QueryPlanner.Narrowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A foreign key's lookups by its query template: one aliased copy of the template per key, all in
 * one operation. Each copy's variables, renamed, take the values of the key fields of the same
 * names.
 */
final class KeyedLookup extends Lookup {

    private final QueryTemplate template;

    KeyedLookup(QueryTemplate template, RelationTarget target, RelationRuntime runtime) {
        super(target, runtime);
        this.template = template;
    }

    @Override
    CompletableFuture<List<LookupResult>> load(List<LookupKey> keys, ProxyRequest request) {
        List<VariableDefinition> variables = new ArrayList<>();
        List<Selection> selections = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        List<Narrowed> narrowed = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            LookupKey key = keys.get(i);
            variables.addAll(template.variables(prefix(i)));
            selections.addAll(template.copy(prefix(i), key.selection().selections(), Optional.empty()));
            Map<?, ?> keyValues = (Map<?, ?>) key.key();
            String prefix = prefix(i);
            template.variables().forEach(definition -> values.put(prefix + definition.getName(), keyValues.get(definition.getName())));
            narrowed.add(key.selection());
        }
        variables.addAll(RelationRuntime.clientVariables(narrowed));
        values.putAll(RelationRuntime.clientValues(narrowed, request));
        return runtime.send(target, OperationDefinition.Operation.QUERY, template.name(), variables, selections, values, request)
                .handle((response, error) -> error == null ? results(keys.size(), response)
                        : allFailed(keys.size(), RelationRuntime.asUpstreamException(target, error)));
    }

    private List<LookupResult> results(int count, UpstreamResponse response) {
        List<String> path = template.pathToFields();
        List<LookupResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object value = response.data() == null ? null : response.data().get(prefix(i) + path.get(0));
            value = QueryTemplate.valueAt(value, path.subList(1, path.size()));
            List<Object> values = new ArrayList<>();
            values.add(value);
            results.add(new LookupResult(values, errorsOf(response, prefix(i) + path.get(0), path.size(), value == null), null));
        }
        return results;
    }

    /**
     * The copy's errors, with their paths made relative to the looked-up object; errors without a
     * path go to every copy that found nothing.
     */
    private List<Map<String, Object>> errorsOf(UpstreamResponse response, String rootKey, int depth, boolean empty) {
        if (!target.upstream().proxyErrors()) {
            return List.of();
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Map<String, Object> error : response.errors()) {
            if (!(error.get("path") instanceof List<?> path) || path.isEmpty()) {
                if (empty) {
                    errors.add(error);
                }
                continue;
            }
            if (rootKey.equals(path.get(0))) {
                Map<String, Object> relative = new LinkedHashMap<>(error);
                relative.put("relativePath", new ArrayList<>(path.subList(Math.min(depth, path.size()), path.size())));
                errors.add(relative);
            }
        }
        return errors;
    }
}
