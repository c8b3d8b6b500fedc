package io.skein.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which upstreams provide each type and each {@code Type.field} of the merged schema, computed
 * once when the schema is merged.
 */
public final class FieldOwnership {

    private final Map<String, Set<String>> typesByUpstream = new LinkedHashMap<>();
    private final Map<String, Set<String>> coordinatesByUpstream = new LinkedHashMap<>();
    private final Map<String, List<String>> upstreamsByCoordinate = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> extraFieldsByUpstream = new LinkedHashMap<>();
    private final Map<String, Set<String>> argumentsByUpstream = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> possibleTypesByUpstream = new LinkedHashMap<>();
    private final Map<String, Set<String>> directivesByUpstream = new LinkedHashMap<>();
    private final Map<String, Set<String>> inputFieldsByUpstream = new LinkedHashMap<>();

    FieldOwnership() {
    }

    void addType(String upstream, String type) {
        typesByUpstream.computeIfAbsent(upstream, name -> new LinkedHashSet<>()).add(type);
    }

    void addField(String upstream, String type, String field) {
        String coordinates = coordinates(type, field);
        coordinatesByUpstream.computeIfAbsent(upstream, name -> new LinkedHashSet<>()).add(coordinates);
        List<String> upstreams = upstreamsByCoordinate.computeIfAbsent(coordinates, name -> new ArrayList<>());
        upstreams.remove(upstream);
        upstreams.add(upstream);
    }

    void addArgument(String upstream, String type, String field, String argument) {
        argumentsByUpstream.computeIfAbsent(upstream, name -> new LinkedHashSet<>()).add(coordinates(type, field) + "." + argument);
    }

    /**
     * Records that, in {@code upstream}'s schema, {@code objectType} is a possible type of
     * {@code abstractType} (it implements that interface or is a member of that union).
     */
    void addPossibleType(String upstream, String abstractType, String objectType) {
        possibleTypesByUpstream.computeIfAbsent(upstream, name -> new LinkedHashMap<>())
                .computeIfAbsent(abstractType, name -> new LinkedHashSet<>())
                .add(objectType);
    }

    void addInputField(String upstream, String inputType, String field) {
        inputFieldsByUpstream.computeIfAbsent(upstream, name -> new LinkedHashSet<>()).add(coordinates(inputType, field));
    }

    /**
     * Whether {@code upstream}'s own schema has the input field {@code inputType.field}.
     */
    public boolean hasInputField(String upstream, String inputType, String field) {
        return inputFieldsByUpstream.getOrDefault(upstream, Set.of()).contains(coordinates(inputType, field));
    }

    void addDirective(String upstream, String directive) {
        directivesByUpstream.computeIfAbsent(upstream, name -> new LinkedHashSet<>()).add(directive);
    }

    /**
     * Whether {@code upstream}'s own schema has the argument {@code type.field(argument:)}.
     */
    public boolean hasArgument(String upstream, String type, String field, String argument) {
        return argumentsByUpstream.getOrDefault(upstream, Set.of()).contains(coordinates(type, field) + "." + argument);
    }

    /**
     * Whether {@code upstream}'s own schema defines the directive.
     */
    public boolean hasDirective(String upstream, String directive) {
        return directivesByUpstream.getOrDefault(upstream, Set.of()).contains(directive);
    }

    /**
     * Whether a fragment on {@code condition} may be spread where {@code parentType} is expected,
     * in {@code upstream}'s own schema: the two share a possible object type there (the rule of
     * the GraphQL specification's "Fragment spread is possible").
     */
    public boolean canSpread(String upstream, String parentType, String condition) {
        if (parentType.equals(condition)) {
            return true;
        }
        Set<String> parentTypes = possibleTypes(upstream, parentType);
        return possibleTypes(upstream, condition).stream().anyMatch(parentTypes::contains);
    }

    private Set<String> possibleTypes(String upstream, String type) {
        Set<String> possible = possibleTypesByUpstream.getOrDefault(upstream, Map.of()).get(type);
        return possible != null ? possible : Set.of(type);
    }

    void addExtraField(String upstream, String type, String field) {
        extraFieldsByUpstream.computeIfAbsent(upstream, name -> new LinkedHashMap<>())
                .computeIfAbsent(type, name -> new ArrayList<>())
                .add(field);
    }

    /**
     * The fields of {@code type} that are queried from {@code upstream} whenever it is asked for
     * that type, although the merged schema does not have them ({@code extra-fields}).
     */
    public List<String> extraFields(String upstream, String type) {
        return Collections.unmodifiableList(extraFieldsByUpstream.getOrDefault(upstream, Map.of()).getOrDefault(type, List.of()));
    }

    static String coordinates(String type, String field) {
        return type + "." + field;
    }

    /**
     * Whether {@code upstream}'s own schema has the type.
     */
    public boolean hasType(String upstream, String type) {
        return typesByUpstream.getOrDefault(upstream, Set.of()).contains(type);
    }

    /**
     * Whether {@code upstream}'s own schema has {@code type.field}.
     */
    public boolean provides(String upstream, String type, String field) {
        return coordinatesByUpstream.getOrDefault(upstream, Set.of()).contains(coordinates(type, field));
    }

    /**
     * The upstreams that provide {@code type.field}, in merge order.
     */
    public List<String> upstreamsOf(String type, String field) {
        return Collections.unmodifiableList(upstreamsByCoordinate.getOrDefault(coordinates(type, field), List.of()));
    }

    /**
     * The upstream a field is routed to: the last one in merge order that provides it.
     */
    public Optional<String> owner(String type, String field) {
        List<String> upstreams = upstreamsByCoordinate.getOrDefault(coordinates(type, field), List.of());
        return upstreams.isEmpty() ? Optional.empty() : Optional.of(upstreams.get(upstreams.size() - 1));
    }
}
