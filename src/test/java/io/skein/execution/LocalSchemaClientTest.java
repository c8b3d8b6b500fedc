package io.skein.execution;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.skein.config.UpstreamConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LocalSchemaClientTest {

    private final List<UpstreamRequest> forwarded = new ArrayList<>();
    private final UpstreamClient next = request -> {
        forwarded.add(request);
        return CompletableFuture.completedFuture(new UpstreamResponse(Map.of("remote", "yes"), List.of(), null));
    };
    private final LocalSchemaClient client = new LocalSchemaClient(Map.of("local1", greetings()), next);

    @Test
    void runsALocalSchemasOperationInProcessWithTheClientsHeaders() {
        UpstreamRequest request = new UpstreamRequest(upstream("local1"), "query G($name: String!) { greeting(name: $name) user }", "G",
                Map.of("name", "Ada"), new RequestHeaders(Map.of("X-User", List.of("ada"))));

        UpstreamResponse response = client.execute(request).join();

        assertThat(response.data()).isEqualTo(Map.of("greeting", "Hello, Ada!", "user", "ada"));
        assertThat(response.errors()).isEmpty();
        assertThat(forwarded).isEmpty();
    }

    @Test
    void returnsTheErrorsOfALocalSchema() {
        UpstreamResponse response = client.execute(new UpstreamRequest(upstream("local1"), "{ failing }", null, Map.of(),
                RequestHeaders.NONE)).join();

        assertThat(response.errors()).singleElement().satisfies(error -> {
            assertThat((String) error.get("message")).contains("no greeting today");
            assertThat(error.get("path")).isEqualTo(List.of("failing"));
        });
    }

    @Test
    void passesOtherUpstreamsOperationsToTheNextClient() {
        UpstreamResponse response = client.execute(new UpstreamRequest(upstream("store"), "{ remote }", null, Map.of(),
                RequestHeaders.NONE)).join();

        assertThat(response.data()).isEqualTo(Map.of("remote", "yes"));
        assertThat(forwarded).hasSize(1);
    }

    private static UpstreamConfig upstream(String name) {
        return UpstreamConfig.of(name, URI.create("local:" + name));
    }

    private static GraphQLSchema greetings() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("greeting", env -> "Hello, " + env.getArgument("name") + "!")
                        .dataFetcher("user", env -> env.getGraphQlContext().<RequestHeaders>get(RequestHeaders.class)
                                .first("x-user").orElse(null))
                        .dataFetcher("failing", env -> {
                            throw new IllegalStateException("no greeting today");
                        }))
                .build();
        String sdl = "type Query { greeting(name: String!): String user: String failing: String }";
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
    }
}
