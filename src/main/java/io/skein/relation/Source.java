package io.skein.relation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter of a {@link Resolver} method that receives the parent object: for an object
 * an upstream returned, a {@code Map} of its fields (including those the resolver's field
 * dependencies fetched); for one a resolver returned, that object.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Source {
}
