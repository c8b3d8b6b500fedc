package io.skein.plan;

import java.util.List;
import java.util.Objects;

/**
 * One operation sent to one upstream: the part of the client's operation that upstream answers.
 *
 * @param upstream      the upstream's name
 * @param document      the operation's text, fragments resolved and only that upstream's fields kept
 * @param operationName the client's operation name, or {@code null}
 * @param variables     the client variables the operation declares (and so must be sent)
 * @param resultKeys    the response keys of the client's root fields this operation answers
 * @param variableValues chooses and narrows the values of {@code variables} to send
 */
public record UpstreamOperation(
        String upstream,
        String document,
        String operationName,
        List<String> variables,
        List<String> resultKeys,
        VariableValues variableValues) {

    public UpstreamOperation {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(document, "document");
        variables = List.copyOf(variables);
        resultKeys = List.copyOf(resultKeys);
        Objects.requireNonNull(variableValues, "variableValues");
    }
}
