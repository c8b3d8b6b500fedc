package io.skein.relation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter of a {@link Resolver} method that receives a field argument, by name. Numbers
 * are converted to the parameter's type ({@code int}, {@code long}, {@code double} and their
 * boxes); input objects arrive as {@code Map}s and lists as {@code List}s.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Argument {

    /**
     * The argument's name.
     */
    String value();
}
