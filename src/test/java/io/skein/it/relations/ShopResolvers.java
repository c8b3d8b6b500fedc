package io.skein.it.relations;

import io.skein.execution.RequestHeaders;
import io.skein.relation.Argument;
import io.skein.relation.Resolver;
import io.skein.relation.Source;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Resolvers of an application deployed with Skein: a field a local schema adds to the store's
 * {@code Product}, computed from data its field dependencies fetch, and a local root field.
 */
@ApplicationScoped
public class ShopResolvers {

    /**
     * The seed guide's {@code resolve_product_image}: reads what the field dependency
     * {@code { metadata { thumb } }} fetched, although the client did not select it.
     */
    @Resolver("Product.image")
    public String image(@Source Map<String, Object> product) {
        return ((Map<?, ?>) product.get("metadata")).get("thumb").toString();
    }

    @Resolver("Query.greeting")
    public CompletionStage<Greeting> greeting(@Argument("name") String name, RequestHeaders headers) {
        return CompletableFuture.completedFuture(new Greeting("Hello, " + name + "!", headers.first("x-user").orElse("nobody")));
    }

    /**
     * A local object, whose fields are read by name.
     */
    public record Greeting(String text, String requestedBy) {
    }
}
