package io.skein.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * MicroProfile Rest Client interface for sending the introspection query to an upstream's GraphQL
 * endpoint (the client's base URI). The built client also implements {@link java.io.Closeable}.
 */
public interface IntrospectionClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    String query(String body);
}
