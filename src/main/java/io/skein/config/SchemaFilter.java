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

    public static Builder newFilter() {
        return new Builder();
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

    /**
     * Builds a {@link SchemaFilter} in code, with the same options as the configuration keys.
     */
    public static final class Builder {
        private final Set<String> excludeTypes = new LinkedHashSet<>();
        private final Set<String> excludeFields = new LinkedHashSet<>();
        private final Set<String> excludeArguments = new LinkedHashSet<>();
        private final Set<String> excludeDirectives = new LinkedHashSet<>();
        private final Set<String> excludeDirectiveArguments = new LinkedHashSet<>();
        private final Set<String> extraFields = new LinkedHashSet<>();
        private List<String> queries;
        private List<String> mutations;

        private Builder() {
        }

        public Builder excludeTypes(String... types) {
            excludeTypes.addAll(List.of(types));
            return this;
        }

        public Builder excludeFields(String... coordinates) {
            excludeFields.addAll(List.of(coordinates));
            return this;
        }

        public Builder excludeArguments(String... coordinates) {
            excludeArguments.addAll(List.of(coordinates));
            return this;
        }

        public Builder excludeDirectives(String... names) {
            excludeDirectives.addAll(List.of(names));
            return this;
        }

        public Builder excludeDirectiveArguments(String... coordinates) {
            excludeDirectiveArguments.addAll(List.of(coordinates));
            return this;
        }

        public Builder queries(String... fields) {
            queries = List.of(fields);
            return this;
        }

        public Builder mutations(String... fields) {
            mutations = List.of(fields);
            return this;
        }

        public Builder extraFields(String... coordinates) {
            extraFields.addAll(List.of(coordinates));
            return this;
        }

        public SchemaFilter build() {
            return new SchemaFilter(excludeTypes, excludeFields, excludeArguments, excludeDirectives, excludeDirectiveArguments,
                    Optional.ofNullable(queries), Optional.ofNullable(mutations), extraFields);
        }
    }
}
