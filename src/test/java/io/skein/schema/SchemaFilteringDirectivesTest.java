package io.skein.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import graphql.language.AstPrinter;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import io.skein.config.SchemaFilter;
import io.skein.config.UpstreamConfig;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Filters keep the directives they do not exclude, with their uses and arguments. */
class SchemaFilteringDirectivesTest {

    private static final String ANNOTATED = """
            directive @cost(weight: Int!, complexity: Int) on FIELD_DEFINITION
            directive @internal(reason: String) on FIELD_DEFINITION
            type Query {
              products(first: Int): [Product!]! @cost(weight: 5, complexity: 2)
              audit: String @internal(reason: "ops")
            }
            type Product {
              upc: ID!
              price: Int! @cost(weight: 1)
              internalCode: String
            }
            """;

    @Test
    void anyFilterKeepsTheCustomDirectiveDefinitions() {
        MergedSchema merged = merge(ANNOTATED, filter(Set.of(), Set.of("Product.internalCode"), Set.of(), Set.of(), Set.of()));

        assertThat(merged.types().getDirectiveDefinition("cost")).isPresent();
        assertThat(merged.types().getDirectiveDefinition("internal")).isPresent();
    }

    @Test
    void excludingOneDirectiveKeepsTheOthersAndTheirUses() {
        MergedSchema merged = merge(ANNOTATED, filter(Set.of(), Set.of(), Set.of(), Set.of("internal"), Set.of()));

        assertThat(merged.types().getDirectiveDefinition("internal")).isEmpty();
        assertThat(merged.types().getDirectiveDefinition("cost")).isPresent();
        assertThat(field(merged, "Query", "products").getDirectives()).singleElement().satisfies(directive -> {
            assertThat(directive.getName()).isEqualTo("cost");
            assertThat(directive.getArguments()).extracting(AstPrinter::printAst)
                    .containsExactlyInAnyOrder("weight: 5", "complexity: 2");
        });
    }

    @Test
    void excludedDirectiveArgumentLeavesTheDefinitionAndEveryUse() {
        MergedSchema merged = merge(ANNOTATED, filter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("cost.complexity")));

        assertThat(merged.types().getDirectiveDefinition("cost").orElseThrow().getInputValueDefinitions())
                .extracting(InputValueDefinition::getName).containsExactly("weight");
        assertThat(field(merged, "Query", "products").getDirectives()).extracting(AstPrinter::printAst)
                .containsExactly("@cost(weight: 5)");
    }

    @Test
    void unknownArgumentOfABuiltInDirectiveIsAProblem() {
        Throwable error = catchThrowable(() -> merge("type Query { a: String @deprecated(reason: \"x\") }",
                filter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("deprecated.missing"))));

        assertThat(error).isInstanceOf(SchemaMergeException.class)
                .hasMessageContaining("skein.upstream.store.exclude-directive-args").hasMessageContaining("deprecated.missing");
    }

    @Test
    void excludingAnEnumValueUsedAsADefaultValueIsAProblemNamingTheKey() {
        Throwable error = catchThrowable(() -> merge("""
                type Query { products(status: Status = DRAFT): [String] }
                enum Status { ACTIVE DRAFT }
                """, filter(Set.of(), Set.of("Status.DRAFT"), Set.of(), Set.of(), Set.of())));

        assertThat(error).isInstanceOf(SchemaMergeException.class).hasMessageContaining("skein.upstream.store");
    }

    @Test
    void excludingAFieldAnInterfaceRequiresIsAProblemNamingTheKey() {
        Throwable error = catchThrowable(() -> merge("""
                type Query { node: Node }
                interface Node { id: ID! }
                type Product implements Node { id: ID! upc: ID! }
                """, filter(Set.of(), Set.of("Product.id"), Set.of(), Set.of(), Set.of())));

        assertThat(error).isInstanceOf(SchemaMergeException.class).hasMessageContaining("skein.upstream.store");
    }

    @Test
    void excludingATypeUsedAsADirectiveArgumentRemovesTheArgumentFromItsUses() {
        MergedSchema merged = merge("""
                directive @auth(role: Role, scope: String) on FIELD_DEFINITION
                type Query { secret: String @auth(role: ADMIN, scope: "read") }
                enum Role { ADMIN }
                """, filter(Set.of("Role"), Set.of(), Set.of(), Set.of(), Set.of()));

        assertThat(field(merged, "Query", "secret").getDirectives()).extracting(AstPrinter::printAst)
                .containsExactly("@auth(scope: \"read\")");
    }

    private static SchemaFilter filter(Set<String> types, Set<String> fields, Set<String> args, Set<String> directives,
                                       Set<String> directiveArgs) {
        return new SchemaFilter(types, fields, args, directives, directiveArgs, Optional.empty(), Optional.empty(), Set.of());
    }

    private static MergedSchema merge(String sdl, SchemaFilter filter) {
        UpstreamConfig config = UpstreamConfig.newUpstream("store", URI.create("http://store.test/graphql")).filter(filter).build();
        return SchemaMerger.merge(List.of(SchemaSources.fromSdl(config, sdl)));
    }

    private static FieldDefinition field(MergedSchema merged, String type, String field) {
        return merged.types().getTypeOrNull(type, ObjectTypeDefinition.class).getFieldDefinitions().stream()
                .filter(definition -> definition.getName().equals(field)).findFirst().orElseThrow();
    }
}
