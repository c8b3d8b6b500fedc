package io.skein.config;

import io.skein.SkeinException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the configuration cannot be used; lists every problem found, each with its key.
 */
public final class InvalidConfigurationException extends SkeinException {

    private final List<ConfigProblem> problems;

    public InvalidConfigurationException(List<ConfigProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String describe(List<ConfigProblem> problems) {
        return "Skein configuration is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):"
                + problems.stream().map(problem -> "\n  - " + problem).collect(Collectors.joining());
    }
}
