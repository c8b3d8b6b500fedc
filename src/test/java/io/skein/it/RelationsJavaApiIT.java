package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.it.relations.ShopCustomizer;
import io.skein.testing.GraphQLHttp;
import io.skein.testing.GraphQLHttp.Response;
import io.skein.testing.ShopApis;
import io.skein.testing.SkeinDeployment;
import io.skein.testing.TestUpstream;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same joins written in Java: foreign key, join, proxied field with headers chosen by a
 * function, inserted field, a data fetcher taking over an upstream field, and a configured
 * resolver removed again.
 */
@ExtendWith(ArquillianExtension.class)
class RelationsJavaApiIT {

    private static final TestUpstream CHECKOUT = TestUpstream.start(ShopApis.checkout());
    private static final TestUpstream STORE = TestUpstream.start(ShopApis.store());
    private static final TestUpstream REVIEWS = TestUpstream.start(ShopApis.reviews());

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SkeinDeployment.withConfig(Map.of(
                        "skein.upstreams", "checkout,store,reviews",
                        "skein.upstream.checkout.url", CHECKOUT.url(),
                        "skein.upstream.store.url", STORE.url(),
                        "skein.upstream.reviews.url", REVIEWS.url(),
                        "skein.proxied-fields", "broken",
                        "skein.proxied-field.broken.field", "Query.broken",
                        "skein.proxied-field.broken.url", "http://127.0.0.1:1/graphql"))
                .addClass(ShopCustomizer.class);
    }

    @AfterAll
    static void stopUpstreams() {
        CHECKOUT.stop();
        STORE.stop();
        REVIEWS.stop();
    }

    @Test
    void relationsWrittenInJavaJoinTheUpstreams() {
        GraphQLHttp skein = new GraphQLHttp(base);
        skein.awaitReady(Duration.ofSeconds(60));
        STORE.clear();
        REVIEWS.clear();

        Response response = skein.post("""
                { carts { orders { total } } products { reviews { body } thumbnailUrl(w: 64) } }
                """);

        assertThat(response.errors()).isEmpty();
        assertThat(((List<?>) response.data().get("carts")).get(0)).isEqualTo(Map.of("orders", List.of(Map.of("total", 0),
                Map.of("total", 1))));
        assertThat(((List<?>) response.data().get("products")).get(1)).isEqualTo(Map.of(
                "reviews", List.of(Map.of("body", "p2 is sturdy"), Map.of("body", "p2 is pricey")),
                "thumbnailUrl", "https://img.example.com/p2.jpg?auto=format&h=128&w=64&fit=min"));
        assertThat(STORE.operations()).hasSize(2);
        assertThat(REVIEWS.operations()).hasSize(1);
    }

    @Test
    void proxiedFieldSendsTheHeadersItsFunctionChooses() {
        GraphQLHttp skein = new GraphQLHttp(base);
        skein.awaitReady(Duration.ofSeconds(60));
        STORE.clear();

        Response response = skein.post("{ featured { name } }", Map.of(), Map.of("X-User", "ada"));

        assertThat(response.data()).isEqualTo(Map.of("featured", Map.of("name", "Table")));
        assertThat(STORE.operations()).singleElement().satisfies(request -> assertThat(request.headers())
                .containsEntry("x-user-id", "ada"));
    }

    @Test
    void dataFetcherTakesOverAnUpstreamFieldAndAnUnsetResolverGivesItBack() {
        GraphQLHttp skein = new GraphQLHttp(base);
        skein.awaitReady(Duration.ofSeconds(60));
        STORE.clear();

        Response response = skein.post("{ bestseller { name } broken }");

        assertThat(response.errors()).isEmpty();
        assertThat(response.data()).isEqualTo(Map.of("bestseller", Map.of("name", "Local pick"), "broken", "never proxied"));
        assertThat(STORE.operations()).singleElement().satisfies(request -> assertThat(request.query())
                .contains("broken").doesNotContain("bestseller"));
    }
}
