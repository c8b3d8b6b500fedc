package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.demo.DemoApis;
import io.skein.testing.GraphQLHttp;
import io.skein.testing.GraphQLHttp.Response;
import io.skein.testing.SkeinDeployment;
import io.skein.testing.TestUpstream;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
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
 * An upstream that is down when Skein starts does not fail the deployment: Skein reports itself
 * not ready, answers 503 naming the upstream, and serves the merged graph once the upstream is up.
 */
@ExtendWith(ArquillianExtension.class)
class StartupRetryIT {

    private static final TestUpstream CATALOG = TestUpstream.start(DemoApis.catalog());
    private static final TestUpstream REVIEWS = TestUpstream.notStarted(DemoApis.reviews());

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SkeinDeployment.withConfig(Map.of(
                "skein.upstreams", "catalog,reviews",
                "skein.upstream.catalog.url", CATALOG.url(),
                "skein.upstream.reviews.url", REVIEWS.url()));
    }

    @AfterAll
    static void stopUpstreams() {
        CATALOG.stop();
        REVIEWS.stop();
    }

    /**
     * Right after deployment neither schema may be read yet; the catalog's is read within moments.
     */
    private static Response awaitOnlyReviewsMissing(GraphQLHttp skein) {
        Instant deadline = Instant.now().plusSeconds(30);
        Response response = skein.post("{ products { name } }");
        while (Instant.now().isBefore(deadline) && response.body().contains("catalog")) {
            pause();
            response = skein.post("{ products { name } }");
        }
        return response;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void waitsForAnUpstreamThatIsDownAtStartUpThenServesTheMergedGraph() {
        GraphQLHttp skein = new GraphQLHttp(base);

        Response readiness = skein.readiness();
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN", "reviews");

        Response early = awaitOnlyReviewsMissing(skein);
        assertThat(early.status()).isEqualTo(503);
        assertThat(early.header("Retry-After")).isNotNull();
        assertThat(early.errors()).singleElement().satisfies(error -> {
            assertThat((String) error.get("message")).contains("'reviews'").doesNotContain("'catalog'");
            assertThat(error.get("extensions")).isEqualTo(Map.of("code", "SCHEMA_NOT_READY", "upstreams", List.of("reviews")));
        });
        assertThat(REVIEWS.requests()).isEmpty();

        REVIEWS.start();
        skein.awaitReady(Duration.ofSeconds(60));

        Response merged = skein.post("{ product(upc: \"2\") { name } reviews(productUpc: \"2\") { rating } }");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.data()).isEqualTo(Map.of(
                "product", Map.of("name", "Couch"),
                "reviews", List.of(Map.of("rating", 2))));
    }
}
