package io.skein.config;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to remove from one upstream's schema before it is merged.
 *
 * @param excludeTypes         type names removed, with the fields, arguments and input fields that use them
 * @param excludeFields        {@code Type.field} removed; also enum values ({@code Enum.VALUE}) and input
 *                             fields ({@code Input.field})
 * @param excludeArguments     {@code Type.field.argument} removed
 * @param excludeDirectives    directive names whose definitions and uses are removed
 * @param excludeDirectiveArguments {@code directive.argument} removed from the definition and its uses
 * @param queries              when present, the only {@code Query} fields kept (with the types they reach)
 * @param mutations            when present, the only {@code Mutation} fields kept; when absent and
 *                             {@code queries} is present, no mutation is kept
 * @param extraFields          {@code Type.field} removed from the schema but still queried from this upstream
 */
public record SchemaFilter(
        Set<String> excludeTypes,
        Set<String> excludeFields,
        Set<String> excludeArguments,
        Set<String> excludeDirectives,
        Set<String> excludeDirectiveArguments,
        Optional<List<String>> queries,
        Optional<List<String>> mutations,
        Set<String> extraFields) {

    public static final SchemaFilter NONE = new SchemaFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Optional.empty(), Optional.empty(), Set.of());

    public SchemaFilter {
        excludeTypes = ordered(excludeTypes);
        excludeFields = ordered(excludeFields);
        excludeArguments = ordered(excludeArguments);
        excludeDirectives = ordered(excludeDirectives);
        excludeDirectiveArguments = ordered(excludeDirectiveArguments);
        queries = queries.map(List::copyOf);
        mutations = mutations.map(List::copyOf);
        extraFields = ordered(extraFields);
    }

    /**
     * Whether the filter removes nothing.
     */
    public boolean isEmpty() {
        return equals(NONE);
    }

    private static Set<String> ordered(Set<String> items) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(items));
    }
}
