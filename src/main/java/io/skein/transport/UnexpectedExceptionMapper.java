package io.skein.transport;

import io.skein.ErrorCode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers any exception that escapes a resource with a GraphQL-shaped JSON error and never a
 * stack trace; HTTP errors raised by JAX-RS itself (404, 405, 415, ...) keep their status.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Response.fromResponse(web.getResponse())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(GraphQLHttpHandler.errorBody(Response.Status.fromStatusCode(status) == null
                            ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase(), ErrorCode.BAD_REQUEST))
                    .build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure serving a request", exception);
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(GraphQLHttpHandler.errorBody("Skein could not handle the request", ErrorCode.INTERNAL_ERROR))
                .build();
    }
}
