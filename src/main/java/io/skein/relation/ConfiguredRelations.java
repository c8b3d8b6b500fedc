package io.skein.relation;

import io.skein.SkeinException;
import io.skein.config.ConfigProblem;
import io.skein.config.FieldDependencyConfig;
import io.skein.config.ForeignKeyConfig;
import io.skein.config.InsertedFieldConfig;
import io.skein.config.InvalidConfigurationException;
import io.skein.config.JoinConfig;
import io.skein.config.LocalSchemaSource;
import io.skein.config.ProxiedFieldConfig;
import io.skein.config.RelationsConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the relation keys of the configuration into {@link RelationSpecs}: local schemas, delayed
 * fields, foreign keys, joins, field dependencies, inserted fields and proxied fields. A template
 * or SDL that cannot be used is reported with its key, every problem at once.
 */
public final class ConfiguredRelations {

    private final RelationSpecs specs;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private ConfiguredRelations(RelationSpecs specs) {
        this.specs = specs;
    }

    /**
     * @throws InvalidConfigurationException listing every problem with its key
     */
    public static RelationSpecs specs(RelationsConfig config) {
        ConfiguredRelations configured = new ConfiguredRelations(new RelationSpecs());
        configured.add(config);
        if (!configured.problems.isEmpty()) {
            throw new InvalidConfigurationException(configured.problems);
        }
        return configured.specs;
    }

    private void add(RelationsConfig config) {
        for (LocalSchemaSource source : config.localSchemas()) {
            attempt("skein.local-schemas", () -> specs.addLocalSchema(source.location(), source.sdl()));
        }
        for (String coordinates : config.delayedFields()) {
            String[] parts = coordinates.split("\\.");
            attempt("skein.delayed-fields", () -> specs.addDelayedField(parts[0], parts[1]));
        }
        config.fieldDependencies().forEach(this::addDependency);
        config.foreignKeys().forEach(this::addForeignKey);
        config.joins().forEach(this::addJoin);
        config.insertedFields().forEach(this::addInsertedField);
        config.proxiedFields().forEach(this::addProxiedField);
    }

    private void addDependency(FieldDependencyConfig dependency) {
        attempt("skein.field-dependency." + dependency.name() + ".query",
                () -> specs.addFieldDependencies(dependency.upstream(), dependency.type(), dependency.field(), dependency.query()));
    }

    private void addForeignKey(ForeignKeyConfig foreignKey) {
        String prefix = "skein.foreign-key." + foreignKey.name() + ".";
        ForeignKeyResolver.Builder resolver = ForeignKeyResolver.newForeignKeyResolver(target(foreignKey.target()))
                .forwardHeaders(HeaderForwarding.named(foreignKey.forwardHeaders()));
        boolean templates = attempt(prefix + "query", () -> resolver.query(foreignKey.query()));
        if (foreignKey.batchQuery() != null) {
            templates &= attempt(prefix + "batch-query", () -> resolver.batchQuery(foreignKey.batchQuery()));
        }
        if (templates && attempt(prefix + "field", () -> specs.addForeignKey(foreignKey.type(), foreignKey.field(), foreignKey.on()))) {
            specs.setResolver(foreignKey.type(), foreignKey.field(), resolver.build());
        }
    }

    private void addJoin(JoinConfig join) {
        String prefix = "skein.join." + join.name() + ".";
        if (join.key().size() != 1) {
            problems.add(new ConfigProblem(prefix + "key", "a join reads one key field of the parent, e.g. upc; " + join.key()
                    + " names " + join.key().size()));
            return;
        }
        if (join.definition() != null && !attempt(prefix + "definition", () -> specs.insertField(join.type(), join.definition()))) {
            return;
        }
        attempt(prefix + "batch-query", () -> {
            JoinResolver.Builder resolver = JoinResolver.newJoinResolver(target(join.target()), join.batchQuery())
                    .key(join.key().get(0))
                    .match(join.match())
                    .forwardHeaders(HeaderForwarding.named(join.forwardHeaders()));
            if (join.result() != null) {
                resolver.result(join.result());
            }
            specs.setResolver(join.type(), join.field(), resolver.build());
        });
    }

    private void addInsertedField(InsertedFieldConfig inserted) {
        String prefix = "skein.inserted-field." + inserted.name() + ".";
        String[] field = new String[1];
        if (!attempt(prefix + "definition", () -> field[0] = specs.insertField(inserted.type(), inserted.definition()))) {
            return;
        }
        if (inserted.resolver() != null) {
            Map<String, Object> params = new LinkedHashMap<>(inserted.params());
            specs.setResolver(inserted.type(), field[0], QueryParamsResolver.fromPath(inserted.url(), params));
        }
    }

    private void addProxiedField(ProxiedFieldConfig proxied) {
        HeaderForwarding headers = HeaderForwarding.named(proxied.forwardHeaders());
        attempt("skein.proxied-field." + proxied.name() + ".field",
                () -> specs.setResolver(proxied.type(), proxied.field(), ProxyResolver.to(target(proxied.target())).forwardHeaders(headers)));
    }

    private static String target(io.skein.config.RelationTarget target) {
        return target.upstream() != null ? target.upstream() : target.url().toString();
    }

    private boolean attempt(String key, Runnable step) {
        try {
            step.run();
            return true;
        } catch (SkeinException | IllegalArgumentException e) {
            problems.add(new ConfigProblem(key, e.getMessage()));
            return false;
        }
    }
}
