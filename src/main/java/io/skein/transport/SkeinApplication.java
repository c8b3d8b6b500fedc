package io.skein.transport;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JAX-RS application: the GraphQL endpoint is {@code /graphql} under the WAR's context root.
 */
@ApplicationPath("/")
public class SkeinApplication extends Application {
}
