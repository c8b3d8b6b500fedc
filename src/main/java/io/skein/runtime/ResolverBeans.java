package io.skein.runtime;

import io.skein.SkeinException;
import io.skein.relation.MethodResolver;
import io.skein.relation.RelationSpecs;
import io.skein.relation.Resolver;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the methods of CDI beans annotated {@link Resolver} and registers each as the resolver of
 * its field. Each is called on the bean's contextual reference, so that interceptors (such as the
 * caching ones) and the bean's scope apply.
 */
final class ResolverBeans {

    private ResolverBeans() {
    }

    static void register(BeanManager beans, RelationSpecs relations) {
        Set<Class<?>> seen = new HashSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> beanClass = bean.getBeanClass();
            boolean managedBean = bean.getTypes().contains(beanClass);
            if (!managedBean || !seen.add(beanClass)) {
                continue;
            }
            for (Method method : beanClass.getMethods()) {
                Resolver resolver = method.getAnnotation(Resolver.class);
                if (resolver != null) {
                    register(beans, bean, method, resolver.value(), relations);
                }
            }
        }
    }

    private static void register(BeanManager beans, Bean<?> bean, Method method, String coordinates, RelationSpecs relations) {
        String[] parts = coordinates.split("\\.", -1);
        if (parts.length != 2 || Modifier.isStatic(method.getModifiers())) {
            throw new SkeinException("@Resolver(\"" + coordinates + "\") on " + method.getDeclaringClass().getName() + "."
                    + method.getName() + " must name a field as Type.field, on a public instance method");
        }
        Supplier<Object> reference = new Supplier<>() {
            private volatile Object instance;

            @Override
            public Object get() {
                Object current = instance;
                if (current == null) {
                    CreationalContext<?> context = beans.createCreationalContext(bean);
                    current = beans.getReference(bean, bean.getBeanClass(), context);
                    instance = current;
                }
                return current;
            }
        };
        relations.setResolver(parts[0], parts[1], MethodResolver.of(reference, method));
    }
}
