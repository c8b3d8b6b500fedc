package io.skein.relation;

import io.skein.execution.UpstreamException;
import java.util.List;
import java.util.Map;

/**
 * What one lookup found.
 *
 * @param values  the values found for the key (one per matching item; at most one for a
 *                foreign key)
 * @param errors  the upstream's errors about them, each with the path below the field
 *                ({@code relativePath}) in place of the upstream's own
 * @param failure why the request failed as a whole, or {@code null}
 */
record LookupResult(List<Object> values, List<Map<String, Object>> errors, UpstreamException failure) {

    static LookupResult failed(UpstreamException failure) {
        return new LookupResult(List.of(), List.of(), failure);
    }
}
