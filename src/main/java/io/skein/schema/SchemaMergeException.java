package io.skein.schema;

import io.skein.SkeinException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The upstream schemas cannot be merged; lists every conflict with the upstreams and coordinates
 * involved.
 */
public final class SchemaMergeException extends SkeinException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> conflicts;

    public SchemaMergeException(List<String> conflicts) {
        super("Skein cannot build the merged schema:"
                + conflicts.stream().map(conflict -> "\n  - " + conflict).collect(Collectors.joining()));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<String> conflicts() {
        return conflicts;
    }
}
