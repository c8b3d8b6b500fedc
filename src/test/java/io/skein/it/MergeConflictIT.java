package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.demo.DemoApis;
import io.skein.testing.SchemaOnlyApi;
import io.skein.testing.SkeinDeployment;
import io.skein.testing.TestUpstream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Upstream schemas that cannot be merged, or filters that name what an upstream does not have,
 * fail the deployment with every problem listed.
 */
@ExtendWith(ArquillianExtension.class)
class MergeConflictIT {

    private static final TestUpstream CATALOG = TestUpstream.start(DemoApis.catalog());
    private static final TestUpstream PRICING = TestUpstream.start(SchemaOnlyApi.create("""
            type Query { cheapest: Product }
            type Product { upc: ID! price: String }
            interface SearchResult { id: ID! }
            """));
    private static final TestUpstream REVIEWS = TestUpstream.start(DemoApis.reviews());

    @Deployment(testable = false)
    @ShouldThrowException(DeploymentException.class)
    static WebArchive deployment() {
        return SkeinDeployment.withConfig(Map.of(
                "skein.upstreams", "catalog,pricing,reviews",
                "skein.upstream.catalog.url", CATALOG.url(),
                "skein.upstream.pricing.url", PRICING.url(),
                "skein.upstream.reviews.url", REVIEWS.url(),
                "skein.upstream.reviews.exclude-fields", "Review.stars"));
    }

    @AfterAll
    static void stopUpstreams() {
        CATALOG.stop();
        PRICING.stop();
        REVIEWS.stop();
    }

    @Test
    void failsTheDeploymentListingEveryConflictWithTheUpstreamsInvolved() throws IOException {
        Path log = Path.of(System.getProperty("wlp.home"), "usr", "servers", System.getProperty("wlp.server"), "logs", "messages.log");
        String messages = Files.readString(log, StandardCharsets.UTF_8);
        String report = messages.substring(messages.lastIndexOf("Skein cannot build the merged schema"));

        assertThat(report)
                .contains("Product.price is Int! in upstream 'catalog' but String in upstream 'pricing'")
                .contains("SearchResult is a union type in upstream 'catalog' but an interface type in upstream 'pricing'")
                .contains("skein.upstream.reviews.exclude-fields: Review.stars does not exist in the schema of upstream 'reviews'");
    }
}
