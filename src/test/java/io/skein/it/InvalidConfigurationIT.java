package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.testing.SkeinDeployment;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invalid configuration fails the deployment, and the server log lists every problem with the
 * key that caused it.
 */
@ExtendWith(ArquillianExtension.class)
class InvalidConfigurationIT {

    @Deployment(testable = false)
    @ShouldThrowException(DeploymentException.class)
    static WebArchive deployment() {
        return SkeinDeployment.withConfig(Map.of(
                "skein.upstreams", "store,Bad-Name",
                "skein.upstream.store.url", "ftp://store.internal/graphql",
                "skein.upstream.store.timeout", "soon",
                "skein.upstream.store.headers", "Authorization"));
    }

    @Test
    void failsTheDeploymentListingEveryProblemWithItsKey() throws IOException {
        Path log = Path.of(System.getProperty("wlp.home"), "usr", "servers", System.getProperty("wlp.server"), "logs", "messages.log");
        String messages = Files.readString(log, StandardCharsets.UTF_8);
        String report = messages.substring(messages.lastIndexOf("Skein configuration is invalid (4 problems)"));

        assertThat(report)
                .contains("skein.upstreams: 'Bad-Name' is not a valid upstream name")
                .contains("skein.upstream.store.url: 'ftp://store.internal/graphql' is not an absolute http or https URL")
                .contains("skein.upstream.store.timeout: 'soon' is not a positive duration")
                .contains("skein.upstream.store.headers: must be Name=value pairs");
    }
}
