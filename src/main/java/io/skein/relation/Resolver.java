package io.skein.relation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method of a CDI bean the resolver of a field of the merged graph, named by its
 * coordinates, e.g. {@code @Resolver("Product.reviews")}. A field that an upstream serves becomes
 * delayed: the root query no longer fetches it. The method's parameters may be the
 * {@link graphql.schema.DataFetchingEnvironment}, the client's
 * {@link io.skein.execution.RequestHeaders}, the parent object ({@link Source}) and field arguments
 * ({@link Argument}); it may return a value, a {@link java.util.concurrent.CompletionStage} or a
 * {@link graphql.execution.DataFetcherResult}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Resolver {

    /**
     * The field's coordinates, {@code Type.field}.
     */
    String value();
}
