package io.skein.demo;

import graphql.ExecutionInput;
import graphql.GraphQL;
import io.skein.transport.JsonCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves the demo upstream APIs at {@code /demo/catalog/graphql} and {@code /demo/reviews/graphql}
 * when {@code skein.demo.enabled} is {@code true} (the server `mvn liberty:run` starts sets it);
 * otherwise these paths do not exist.
 */
@Path("/demo/{api}/graphql")
@ApplicationScoped
public class DemoUpstreamResource {

    @Inject
    @ConfigProperty(name = "skein.demo.enabled", defaultValue = "false")
    boolean enabled;

    private final Map<String, GraphQL> apis = Map.of("catalog", DemoApis.catalog(), "reviews", DemoApis.reviews());

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SuppressWarnings("unchecked")
    public String execute(@PathParam("api") String api, String body) {
        GraphQL graphQL = apis.get(api);
        if (!enabled || graphQL == null) {
            throw new NotFoundException();
        }
        Optional<Object> json = JsonCodec.parse(body);
        if (json.isEmpty() || !(json.get() instanceof Map<?, ?> request) || !(request.get("query") instanceof String query)) {
            return JsonCodec.write(Map.of("errors", List.of(Map.of("message", "Send a JSON object with a 'query'"))));
        }
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(query)
                .operationName((String) request.get("operationName"))
                .variables(request.get("variables") instanceof Map<?, ?> variables ? (Map<String, Object>) variables : Map.of())
                .build();
        return JsonCodec.write(graphQL.execute(input).toSpecification());
    }
}
