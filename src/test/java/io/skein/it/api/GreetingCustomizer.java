package io.skein.it.api;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.skein.config.SchemaFilter;
import io.skein.execution.RequestHeaders;
import io.skein.schema.ProxySchemaBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Application code that JavaApiIT deploys inside the WAR: it adds, through the builder event, a
 * local executable schema and a remote API with a filter, and reads that API's sub-schema.
 */
@ApplicationScoped
public class GreetingCustomizer {

    void customize(@Observes ProxySchemaBuilder builder) {
        String reviewsUrl = ConfigProvider.getConfig().getValue("test.reviews.url", String.class);
        String reviews = builder.addRemoteSchema(reviewsUrl, SchemaFilter.newFilter().queries("reviews").build());
        boolean hasReview = builder.getSubSchema(reviews).getObjectType("Review") != null;
        builder.addSchema(greetings(hasReview));
    }

    private static GraphQLSchema greetings(boolean subSchemaHasReview) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("greeting", env -> "Hello, " + env.getArgument("name") + "!")
                        .dataFetcher("requestedBy", env -> env.getGraphQlContext().<RequestHeaders>get(RequestHeaders.class)
                                .first("x-user").orElse(null))
                        .dataFetcher("subSchemaHasReview", env -> subSchemaHasReview))
                .build();
        String sdl = "type Query { greeting(name: String!): String! requestedBy: String subSchemaHasReview: Boolean! }";
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
    }
}
