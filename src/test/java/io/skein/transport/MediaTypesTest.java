package io.skein.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypesTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON = "application/json";

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void noAcceptHeaderGetsJson(String accept) {
        assertThat(MediaTypes.negotiate(accept)).contains(JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "application/json", "text/html, */*;q=0.1"})
    void wildcardsAndJsonGetJson(String accept) {
        assertThat(MediaTypes.negotiate(accept)).contains(JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "application/graphql-response+json",
            "application/graphql-response+json, application/json",
            "application/json, application/graphql-response+json",
            "Application/GraphQL-Response+JSON",
            "application/graphql-response+json; charset=utf-8",
            "application/graphql-response+json, */*"})
    void graphqlResponseJsonIsPreferredWhenNamed(String accept) {
        assertThat(MediaTypes.negotiate(accept)).contains(GRAPHQL_RESPONSE);
    }

    @Test
    void qualityValuesDecideBetweenTheTwoTypes() {
        assertThat(MediaTypes.negotiate("application/graphql-response+json;q=0.5, application/json")).contains(JSON);
        assertThat(MediaTypes.negotiate("application/json;q=0.5, application/graphql-response+json;q=0.9")).contains(GRAPHQL_RESPONSE);
        assertThat(MediaTypes.negotiate("application/json;q=0, */*")).contains(GRAPHQL_RESPONSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/*", "application/xml", "application/json;q=0", "*/*;q=0"})
    void nothingAcceptableIsEmpty(String accept) {
        assertThat(MediaTypes.negotiate(accept)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8",
            "application/json; charset=\"utf-8\""})
    void jsonInUtf8IsAJsonRequest(String contentType) {
        assertThat(MediaTypes.isJsonRequest(contentType)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"application/json; charset=latin1", "application/json; charset=iso-8859-1", "text/plain",
            "application/graphql", "application/x-www-form-urlencoded"})
    void anythingElseIsNotAJsonRequest(String contentType) {
        assertThat(MediaTypes.isJsonRequest(contentType)).isFalse();
    }
}
