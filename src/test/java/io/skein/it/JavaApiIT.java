package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.demo.DemoApis;
import io.skein.it.api.GreetingCustomizer;
import io.skein.testing.GraphQLHttp;
import io.skein.testing.GraphQLHttp.Response;
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
 * Application code in the WAR adds sub-schemas through the {@code ProxySchemaBuilder} event: a
 * remote API with a filter, and a local executable schema resolved in-process.
 */
@ExtendWith(ArquillianExtension.class)
class JavaApiIT {

    private static final TestUpstream CATALOG = TestUpstream.start(DemoApis.catalog());
    private static final TestUpstream REVIEWS = TestUpstream.start(DemoApis.reviews());

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SkeinDeployment.withConfig(Map.of(
                        "skein.upstreams", "catalog",
                        "skein.upstream.catalog.url", CATALOG.url(),
                        "test.reviews.url", REVIEWS.url()))
                .addClass(GreetingCustomizer.class);
    }

    @AfterAll
    static void stopUpstreams() {
        CATALOG.stop();
        REVIEWS.stop();
    }

    @Test
    void mergesTheSubSchemasApplicationCodeAdds() {
        GraphQLHttp skein = new GraphQLHttp(base);
        skein.awaitReady(Duration.ofSeconds(60));

        Response response = skein.post("""
                { product(upc: "1") { name } reviews(productUpc: "1") { rating }
                  greeting(name: "Ada") requestedBy subSchemaHasReview }
                """, Map.of(), Map.of("X-User", "ada"));

        assertThat(response.errors()).isEmpty();
        assertThat(response.data()).isEqualTo(Map.of(
                "product", Map.of("name", "Table"),
                "reviews", List.of(Map.of("rating", 5), Map.of("rating", 3)),
                "greeting", "Hello, Ada!",
                "requestedBy", "ada",
                "subSchemaHasReview", true));
        Response filtered = skein.post("{ review(id: \"r1\") { body } }");
        assertThat(filtered.status()).isEqualTo(400);
    }
}
