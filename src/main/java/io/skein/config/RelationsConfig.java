package io.skein.config;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What Skein adds to the merged upstream schemas: local schemas, delayed fields and the named
 * relation entries, each list in configured order.
 *
 * @param localSchemas      {@code skein.local-schemas}: SDL merged after the upstreams
 * @param delayedFields     {@code skein.delayed-fields}: {@code Type.field} never fetched by the root query
 * @param foreignKeys       {@code skein.foreign-keys}
 * @param joins             {@code skein.joins}
 * @param fieldDependencies {@code skein.field-dependencies}
 * @param insertedFields    {@code skein.inserted-fields}
 * @param proxiedFields     {@code skein.proxied-fields}
 */
public record RelationsConfig(
        List<LocalSchemaSource> localSchemas,
        Set<String> delayedFields,
        List<ForeignKeyConfig> foreignKeys,
        List<JoinConfig> joins,
        List<FieldDependencyConfig> fieldDependencies,
        List<InsertedFieldConfig> insertedFields,
        List<ProxiedFieldConfig> proxiedFields) {

    public static final RelationsConfig NONE = new RelationsConfig(List.of(), Set.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    public RelationsConfig {
        localSchemas = List.copyOf(localSchemas);
        delayedFields = Collections.unmodifiableSet(new LinkedHashSet<>(delayedFields));
        foreignKeys = List.copyOf(foreignKeys);
        joins = List.copyOf(joins);
        fieldDependencies = List.copyOf(fieldDependencies);
        insertedFields = List.copyOf(insertedFields);
        proxiedFields = List.copyOf(proxiedFields);
    }
}
