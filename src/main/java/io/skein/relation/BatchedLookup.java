package io.skein.relation;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.VariableDefinition;
import io.skein.execution.ProxyRequest;
import io.skein.execution.UpstreamResponse;
import io.skein.plan.QueryPlanner.Narrowed;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Lookups by a batch query: its one list variable takes every key of a request at once, and each
 * item its first root field returns belongs to the lookups whose key equals the item's
 * {@code match} field (fetched under the alias {@code _skein_match}). A lookup's values are what
 * its matching items hold at the result path. Lookups with different client selections get one
 * copy of the template each, in the same operation.
 */
final class BatchedLookup extends Lookup {

    static final String MATCH_ALIAS = "_skein_match";

    private final QueryTemplate template;
    private final String match;
    private final List<String> resultPath;

    BatchedLookup(QueryTemplate template, String match, List<String> resultPath, RelationTarget target, RelationRuntime runtime) {
        super(target, runtime);
        this.template = template;
        this.match = match;
        this.resultPath = List.copyOf(resultPath);
    }

    @Override
    CompletableFuture<List<LookupResult>> load(List<LookupKey> keys, ProxyRequest request) {
        Map<Narrowed, List<LookupKey>> groups = new IdentityHashMap<>();
        List<Narrowed> order = new ArrayList<>();
        for (LookupKey key : keys) {
            groups.computeIfAbsent(key.selection(), selection -> {
                order.add(selection);
                return new ArrayList<>();
            }).add(key);
        }
        List<VariableDefinition> variables = new ArrayList<>();
        List<Selection> selections = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        String listVariable = BatchTemplates.listVariable(template).getName();
        Field matchField = Field.newField(match).alias(MATCH_ALIAS).build();
        for (int i = 0; i < order.size(); i++) {
            variables.addAll(template.variables(prefix(i)));
            selections.addAll(template.copy(prefix(i), order.get(i).selections(), Optional.of(matchField)));
            values.put(prefix(i) + listVariable, distinctKeys(groups.get(order.get(i))));
        }
        variables.addAll(RelationRuntime.clientVariables(order));
        values.putAll(RelationRuntime.clientValues(order, request));
        return runtime.send(target, OperationDefinition.Operation.QUERY, template.name(), variables, selections, values, request)
                .handle((response, error) -> error == null ? results(keys, order, response)
                        : allFailed(keys.size(), RelationRuntime.asUpstreamException(target, error)));
    }

    private static List<Object> distinctKeys(List<LookupKey> keys) {
        Set<Object> seen = new LinkedHashSet<>();
        List<Object> distinct = new ArrayList<>();
        for (LookupKey key : keys) {
            if (seen.add(LookupKey.comparable(key.key()))) {
                distinct.add(key.key());
            }
        }
        return distinct;
    }

    private List<LookupResult> results(List<LookupKey> keys, List<Narrowed> order, UpstreamResponse response) {
        Map<Narrowed, Map<Object, List<Integer>>> matchesByGroup = new IdentityHashMap<>();
        Map<Narrowed, List<Object>> itemsByGroup = new IdentityHashMap<>();
        Map<Narrowed, Integer> groupIndex = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            groupIndex.put(order.get(i), i);
            List<Object> items = template.items(response.data(), prefix(i));
            itemsByGroup.put(order.get(i), items);
            matchesByGroup.put(order.get(i), index(items));
        }
        List<LookupResult> results = new ArrayList<>();
        for (LookupKey key : keys) {
            int group = groupIndex.get(key.selection());
            List<Integer> matches = matchesByGroup.get(key.selection()).getOrDefault(LookupKey.comparable(key.key()), List.of());
            List<Object> items = itemsByGroup.get(key.selection());
            List<Object> values = new ArrayList<>();
            matches.forEach(index -> QueryTemplate.flatten(QueryTemplate.valueAt(items.get(index), resultPath), values));
            results.add(new LookupResult(values, errorsOf(response, prefix(group), matches, values.isEmpty()), null));
        }
        return results;
    }

    private static Map<Object, List<Integer>> index(List<Object> items) {
        Map<Object, List<Integer>> index = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> item) {
                index.computeIfAbsent(LookupKey.comparable(item.get(MATCH_ALIAS)), key -> new ArrayList<>()).add(i);
            }
        }
        return index;
    }

    /**
     * The errors about a lookup's items (path {@code [root, index, ...]}), placed below the field
     * when the lookup has one value; errors without a path go to lookups that found nothing.
     */
    private List<Map<String, Object>> errorsOf(UpstreamResponse response, String prefix, List<Integer> matches, boolean empty) {
        if (!target.upstream().proxyErrors()) {
            return List.of();
        }
        String rootKey = prefix + template.rootFields().get(0).getResultKey();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Map<String, Object> error : response.errors()) {
            if (!(error.get("path") instanceof List<?> path) || path.isEmpty()) {
                if (empty) {
                    errors.add(error);
                }
            } else if (rootKey.equals(path.get(0)) && path.size() > 1 && matches.contains(index(path.get(1)))) {
                Map<String, Object> relative = new LinkedHashMap<>(error);
                int skip = Math.min(path.size(), 2 + resultPath.size());
                relative.put("relativePath", matches.size() == 1 ? new ArrayList<>(path.subList(skip, path.size())) : List.of());
                errors.add(relative);
            }
        }
        return errors;
    }

    private static Integer index(Object segment) {
        return segment instanceof Number number ? number.intValue() : -1;
    }
}
