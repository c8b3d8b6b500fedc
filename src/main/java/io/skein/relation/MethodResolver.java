package io.skein.relation;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.skein.SkeinException;
import io.skein.execution.RequestHeaders;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A method annotated {@link Resolver} as a data fetcher. Its parameters are bound once, when it is
 * registered: the environment, the client's headers, the parent ({@link Source}) and arguments
 * ({@link Argument}); anything else is a start-up error naming the parameter.
 */
public final class MethodResolver implements DataFetcher<Object> {

    private final Supplier<Object> target;
    private final Method method;
    private final List<Function<DataFetchingEnvironment, Object>> parameters;

    private MethodResolver(Supplier<Object> target, Method method, List<Function<DataFetchingEnvironment, Object>> parameters) {
        this.target = target;
        this.method = method;
        this.parameters = parameters;
    }

    /**
     * @param target supplies the object to call the method on (a CDI contextual reference, so that
     *               interceptors apply)
     * @throws SkeinException when a parameter cannot be bound
     */
    public static MethodResolver of(Supplier<Object> target, Method method) {
        List<Function<DataFetchingEnvironment, Object>> parameters = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            parameters.add(binding(method, parameter));
        }
        return new MethodResolver(target, method, parameters);
    }

    private static Function<DataFetchingEnvironment, Object> binding(Method method, Parameter parameter) {
        Class<?> type = parameter.getType();
        if (parameter.isAnnotationPresent(Source.class)) {
            return DataFetchingEnvironment::getSource;
        }
        Argument argument = parameter.getAnnotation(Argument.class);
        if (argument != null) {
            return environment -> converted(environment.getArgument(argument.value()), type);
        }
        if (type == DataFetchingEnvironment.class) {
            return environment -> environment;
        }
        if (type == RequestHeaders.class) {
            return environment -> environment.getGraphQlContext().getOrDefault(RequestHeaders.class, RequestHeaders.NONE);
        }
        throw new SkeinException("Parameter '" + parameter.getName() + "' of resolver " + method.getDeclaringClass().getName() + "."
                + method.getName() + " cannot be bound: annotate it @Source or @Argument, or take the DataFetchingEnvironment or"
                + " RequestHeaders");
    }

    private static Object converted(Object value, Class<?> type) {
        if (!(value instanceof Number number)) {
            return value;
        }
        if (type == int.class || type == Integer.class) {
            return number.intValue();
        }
        if (type == long.class || type == Long.class) {
            return number.longValue();
        }
        if (type == double.class || type == Double.class) {
            return number.doubleValue();
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(number.toString());
        }
        return value;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Object[] arguments = new Object[parameters.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = parameters.get(i).apply(environment);
        }
        try {
            return method.invoke(target.get(), arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
