package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.demo.DemoApis;
import io.skein.testing.GraphQLHttp;
import io.skein.testing.SkeinDeployment;
import io.skein.testing.TestUpstream;
import io.skein.transport.JsonCodec;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the GraphQL-over-HTTP audit suite of the npm package graphql-http (src/test/http-audit)
 * against the deployed WAR: every audit, MUST, SHOULD and MAY, must pass.
 */
@ExtendWith(ArquillianExtension.class)
class GraphQlOverHttpAuditIT {

    private static final TestUpstream CATALOG = TestUpstream.start(DemoApis.catalog());
    private static final TestUpstream REVIEWS = TestUpstream.start(DemoApis.reviews());

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

    @Test
    @SuppressWarnings("unchecked")
    void passesEveryGraphQlOverHttpAudit() throws IOException, InterruptedException {
        GraphQLHttp skein = new GraphQLHttp(base);
        skein.awaitReady(Duration.ofSeconds(60));

        Process audit = new ProcessBuilder("node", "audit.mjs", skein.endpoint().toString())
                .directory(new File(System.getProperty("http.audit.dir", "src/test/http-audit")))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(audit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(audit.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(audit.exitValue()).as("audit runner exit code").isZero();

        List<Map<String, Object>> results = (List<Map<String, Object>>) JsonCodec.parse(output).orElseThrow();
        assertThat(results).hasSize(61);
        assertThat(results)
                .filteredOn(result -> !"ok".equals(result.get("status")))
                .as("failed audits")
                .isEmpty();
    }
}
