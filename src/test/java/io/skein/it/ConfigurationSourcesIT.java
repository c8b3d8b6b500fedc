package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.demo.DemoApis;
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
 * Skein reads its keys from every MicroProfile Config source operators use: here the upstream
 * list comes from the WAR's properties, one upstream's URL and forwarded headers from
 * {@code SKEIN_UPSTREAM_ENVSOURCE_*} environment variables (set by the build on the server
 * process), and the other's URL and headers from {@code server.xml} variables (liberty/it).
 */
@ExtendWith(ArquillianExtension.class)
class ConfigurationSourcesIT {

    private static final TestUpstream FROM_ENVIRONMENT = TestUpstream.onPort(DemoApis.catalog(), Integer.getInteger("it.envsource.port"));
    private static final TestUpstream FROM_SERVER_XML = TestUpstream.onPort(DemoApis.reviews(), Integer.getInteger("it.varsource.port"));

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SkeinDeployment.withConfig(Map.of("skein.upstreams", "envsource,varsource"));
    }

    @AfterAll
    static void stopUpstreams() {
        FROM_ENVIRONMENT.stop();
        FROM_SERVER_XML.stop();
    }

    @Test
    void readsUpstreamsFromEnvironmentVariablesAndServerXmlVariables() {
        GraphQLHttp skein = new GraphQLHttp(base);
        skein.awaitReady(Duration.ofSeconds(60));

        Response response = skein.post("{ product(upc: \"4\") { name } reviews(productUpc: \"4\") { body } }", Map.of(),
                Map.of("X-Tenant", "acme"));

        assertThat(response.errors()).isEmpty();
        assertThat(response.data()).isEqualTo(Map.of(
                "product", Map.of("name", "Kettle"),
                "reviews", List.of(Map.of("body", "Boils fast."))));
        assertThat(FROM_ENVIRONMENT.operations()).singleElement()
                .satisfies(request -> assertThat(request.headers()).containsEntry("x-tenant", "acme"));
        assertThat(FROM_SERVER_XML.operations()).singleElement()
                .satisfies(request -> assertThat(request.headers()).containsEntry("x-source", "server.xml").doesNotContainKey("x-tenant"));
    }
}
