package io.skein.it.relations;

import graphql.schema.DataFetcher;
import io.skein.relation.ForeignKeyResolver;
import io.skein.relation.JoinResolver;
import io.skein.relation.ProxyResolver;
import io.skein.relation.QueryParamsResolver;
import io.skein.schema.ProxySchemaBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relations of {@code RelationsIT}, written in Java with the builder event.
 */
@ApplicationScoped
public class ShopCustomizer {

    void customize(@Observes ProxySchemaBuilder builder) {
        Map<String, Object> thumbnail = new LinkedHashMap<>();
        thumbnail.put("h", 128);
        thumbnail.put("w", 128);
        thumbnail.put("fit", "min");
        DataFetcher<Map<String, Object>> localPick = environment -> Map.of("upc", "local", "name", "Local pick");
        builder.addForeignKey("Cart", "orders", "id")
                .setResolver("Cart", "orders", ForeignKeyResolver.newForeignKeyResolver("store")
                        .batchQuery("query($ids: [ID!]!) { ordersByIds(ids: $ids) { __FIELDS } }")
                        .build())
                .insertField("Product", "reviews: [Review!]!")
                .setResolver("Product", "reviews", JoinResolver.newJoinResolver("reviews",
                                "query($upcs: [String!]!) { reviewsByProductUpcs(upcs: $upcs) { __FIELDS } }")
                        .key("upc").match("productUpc").build())
                .setResolver("Query", "featured", ProxyResolver.to("store").forwardHeaders(headers -> Map.of(
                        "x-user-id", List.of(headers.first("x-user").orElse("anonymous")))))
                .insertField("Product", "thumbnailUrl(w: Int, h: Int): String!")
                .setResolver("Product", "thumbnailUrl", QueryParamsResolver.fromPath("imageUrl", thumbnail))
                .setResolver("Query", "bestseller", localPick)
                .unsetResolver("Query", "broken");
    }
}
