package io.skein.health;

import io.skein.execution.GraphStatus;
import io.skein.runtime.ProxySchemaProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} is UP once the merged schema is built; while it is not, DOWN with the
 * upstreams still missing.
 */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

    @Inject
    ProxySchemaProducer producer;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("skein-schema");
        if (producer.status() instanceof GraphStatus.NotReady notReady) {
            return response.down()
                    .withData("reason", notReady.message())
                    .withData("waitingFor", String.join(",", notReady.upstreams()))
                    .build();
        }
        return response.up().build();
    }
}
