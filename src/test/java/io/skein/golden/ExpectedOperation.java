package io.skein.golden;

import java.util.Map;
import java.util.Objects;

/**
 * An operation a fixture expects to reach one upstream: its document (as written in
 * {@code expected/<upstream>[.<n>].graphql}) and the variable values sent with it
 * ({@code expected/<upstream>[.<n>].variables.json}, none when that file is absent).
 */
record ExpectedOperation(String document, Map<String, Object> variables) {

    ExpectedOperation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(variables, "variables");
    }
}
