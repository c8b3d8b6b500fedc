package io.skein.transport;

import io.skein.config.SkeinConfig;
import io.skein.execution.RequestHeaders;
import io.skein.runtime.ProxySchemaProducer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The GraphQL endpoint, {@code GET} and {@code POST /graphql}: a thin adapter from JAX-RS to
 * {@link GraphQLHttpHandler}. The request body is read up to {@code skein.request.max-bytes}.
 */
@Path("/graphql")
@ApplicationScoped
public class GraphQLResource {

    @Inject
    ProxySchemaProducer producer;

    @Inject
    SkeinConfig config;

    private GraphQLHttpHandler handler;

    @PostConstruct
    void init() {
        handler = new GraphQLHttpHandler(producer::status);
    }

    @POST
    public CompletionStage<Response> post(@Context HttpHeaders headers, InputStream body) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        byte[] bytes;
        try {
            bytes = BoundedBody.read(body, config.maxRequestBytes());
        } catch (BoundedBody.TooLargeException e) {
            return CompletableFuture.completedFuture(response(GraphQLHttpHandler.error(413,
                    MediaTypes.negotiate(accept).orElse(MediaTypes.JSON),
                    "The request body is larger than " + config.maxRequestBytes() + " bytes")));
        } catch (IOException e) {
            return CompletableFuture.completedFuture(response(GraphQLHttpHandler.error(400,
                    MediaTypes.negotiate(accept).orElse(MediaTypes.JSON), "The request body could not be read")));
        }
        return handler.post(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), headers.getHeaderString(HttpHeaders.CONTENT_ENCODING),
                        accept, bytes, requestHeaders(headers))
                .thenApply(GraphQLResource::response);
    }

    /**
     * Reads the URL parameters through the servlet request, which decodes them leniently: a URL
     * with characters that strict URI parsing rejects (raw braces or quotes) still gets a GraphQL
     * answer rather than an error page.
     */
    @GET
    public CompletionStage<Response> get(@Context HttpHeaders headers, @Context HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values.length == 0 ? "" : values[0]));
        return handler.get(parameters, headers.getHeaderString(HttpHeaders.ACCEPT), requestHeaders(headers))
                .thenApply(GraphQLResource::response);
    }

    private static RequestHeaders requestHeaders(HttpHeaders headers) {
        MultivaluedMap<String, String> values = headers.getRequestHeaders();
        return new RequestHeaders(values);
    }

    private static Response response(HttpResult result) {
        Response.ResponseBuilder builder = Response.status(result.status())
                .type(result.contentType())
                .entity(result.body());
        result.headers().forEach(builder::header);
        return builder.build();
    }
}
