package io.skein.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.testing.SkeinDeployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unusable query templates and field dependencies fail the deployment with the seed guide's
 * messages, each with its key.
 */
@ExtendWith(ArquillianExtension.class)
class InvalidRelationsIT {

    @Deployment(testable = false)
    @ShouldThrowException(DeploymentException.class)
    static WebArchive deployment() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("skein.upstreams", "store");
        config.put("skein.upstream.store.url", "http://127.0.0.1:1/graphql");
        config.put("skein.foreign-keys", "unnamed,empty,fragment,nested");
        foreignKey(config, "unnamed", "CheckoutComplete.order", "query { order(id: 1) { __FIELDS } }");
        foreignKey(config, "empty", "Cart.orders", "query Q($id: ID!) { order(id: $id) { id } }");
        foreignKey(config, "fragment", "Cart.owner", "query Q($id: ID!) { order(id: $id) { ... on Order { __FIELDS } } }");
        foreignKey(config, "nested", "Cart.buyer", "query Q($id: ID!) { order(id: $id) { __FIELDS { id } } }");
        config.put("skein.field-dependencies", "root");
        config.put("skein.field-dependency.root.upstream", "store");
        config.put("skein.field-dependency.root.field", "Query.products");
        config.put("skein.field-dependency.root.query", "{ metadata { thumb } }");
        return SkeinDeployment.withConfig(config);
    }

    private static void foreignKey(Map<String, String> config, String name, String field, String query) {
        config.put("skein.foreign-key." + name + ".field", field);
        config.put("skein.foreign-key." + name + ".on", "id");
        config.put("skein.foreign-key." + name + ".upstream", "store");
        config.put("skein.foreign-key." + name + ".query", query);
    }

    @Test
    void failsTheDeploymentWithTheSeedGuidesMessages() throws IOException {
        Path log = Path.of(System.getProperty("wlp.home"), "usr", "servers", System.getProperty("wlp.server"), "logs", "messages.log");
        String messages = Files.readString(log, StandardCharsets.UTF_8);
        String report = messages.substring(messages.lastIndexOf("Skein configuration is invalid (5 problems)"));

        assertThat(report)
                .contains("skein.foreign-key.unnamed.query: Query template operation must be named.")
                .contains("skein.foreign-key.empty.query: Query template operation should specify one '__FIELDS' placeholder."
                        + " It specifies 0.")
                .contains("skein.foreign-key.fragment.query: Template can't use fragments")
                .contains("skein.foreign-key.nested.query: Query template '__FIELDS' can't have selection set")
                .contains("skein.field-dependency.root.query: Defining field dependencies for Query fields is not allowed.");
    }
}
