package io.skein.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.skein.config.UpstreamConfig;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMergerTest {

    @Test
    void objectTypesOfTheSameNameHaveTheUnionOfTheirFields() {
        MergedSchema merged = merge(
                upstream("catalog", "type Query { product: Product } type Product { upc: ID! name: String }"),
                upstream("inventory", "type Query { stock: Product } type Product { upc: ID! inStock: Boolean }"));

        assertThat(fieldNames(merged, "Product")).containsExactlyInAnyOrder("upc", "name", "inStock");
        assertThat(fieldNames(merged, "Query")).containsExactlyInAnyOrder("product", "stock");
    }

    @Test
    void enumsHaveTheUnionOfTheirValues() {
        MergedSchema merged = merge(
                upstream("catalog", "type Query { a: Status } enum Status { ACTIVE RETIRED }"),
                upstream("drafts", "type Query { b: Status } enum Status { ACTIVE DRAFT }"));

        assertThat(type(merged, "Status", EnumTypeDefinition.class).getEnumValueDefinitions())
                .extracting(EnumValueDefinition::getName)
                .containsExactlyInAnyOrder("ACTIVE", "RETIRED", "DRAFT");
    }

    @Test
    void inputTypesHaveTheUnionOfTheirFields() {
        MergedSchema merged = merge(
                upstream("catalog", "type Query { a(filter: Filter): Int } input Filter { text: String }"),
                upstream("reviews", "type Query { b(filter: Filter): Int } input Filter { text: String minRating: Int }"));

        assertThat(type(merged, "Filter", InputObjectTypeDefinition.class).getInputValueDefinitions())
                .extracting(InputValueDefinition::getName)
                .containsExactlyInAnyOrder("text", "minRating");
    }

    @Test
    void unionsHaveTheUnionOfTheirMembers() {
        MergedSchema merged = merge(
                upstream("catalog", "type Query { a: [Hit] } union Hit = Product | Category "
                        + "type Product { upc: ID } type Category { id: ID }"),
                upstream("brands", "type Query { b: [Hit] } union Hit = Product | Brand "
                        + "type Product { upc: ID } type Brand { id: ID }"));

        assertThat(type(merged, "Hit", UnionTypeDefinition.class).getMemberTypes())
                .extracting(type -> ((TypeName) type).getName())
                .containsExactlyInAnyOrder("Product", "Category", "Brand");
    }

    @Test
    void rootFieldIsOwnedByTheLastUpstreamDefiningIt() {
        MergedSchema merged = merge(
                upstream("legacy", "type Query { product: String legacyOnly: Int }"),
                upstream("catalog", "type Query { product: String }"));

        FieldOwnership ownership = merged.ownership();
        assertThat(ownership.owner("Query", "product")).contains("catalog");
        assertThat(ownership.owner("Query", "legacyOnly")).contains("legacy");
        assertThat(ownership.owner("Query", "missing")).isEmpty();
        assertThat(ownership.upstreamsOf("Query", "product")).containsExactly("legacy", "catalog");
    }

    @Test
    void ownershipTellsWhichUpstreamProvidesEachTypeAndField() {
        MergedSchema merged = merge(
                upstream("catalog", "type Query { product: Product } type Product { upc: ID name: String }"),
                upstream("reviews", "type Query { reviews: [Review] } type Review { body: String } type Product { upc: ID }"));

        FieldOwnership ownership = merged.ownership();
        assertThat(ownership.provides("catalog", "Product", "name")).isTrue();
        assertThat(ownership.provides("reviews", "Product", "name")).isFalse();
        assertThat(ownership.provides("reviews", "Product", "upc")).isTrue();
        assertThat(ownership.hasType("reviews", "Product")).isTrue();
        assertThat(ownership.hasType("catalog", "Review")).isFalse();
    }

    @Test
    void queryRootWithAnotherNameIsMergedIntoQuery() {
        MergedSchema merged = merge(
                upstream("catalog", "type Query { products: [String] }"),
                upstream("reviews", "schema { query: QueryRoot } type QueryRoot { reviews: [String] }"));

        assertThat(fieldNames(merged, "Query")).containsExactlyInAnyOrder("products", "reviews");
        assertThat(merged.types().getTypeOrNull("QueryRoot")).isNull();
        assertThat(merged.ownership().owner("Query", "reviews")).contains("reviews");
        assertThat(merged.ownership().hasType("reviews", "Query")).isTrue();
    }

    @Test
    void sameFieldWithDifferentTypesIsAConflictNamingBothUpstreamsAndTheCoordinates() {
        SchemaMergeException error = mergeFailure(
                upstream("catalog", "type Query { product: Product } type Product { price: Int! }"),
                upstream("pricing", "type Query { price: Product } type Product { price: Float }"));

        assertThat(error.conflicts()).singleElement().asString()
                .contains("Product.price", "'catalog'", "'pricing'", "Int!", "Float");
        assertThat(error.getMessage()).contains("Product.price", "'catalog'", "'pricing'");
    }

    @Test
    void sameArgumentWithDifferentTypesIsAConflict() {
        SchemaMergeException error = mergeFailure(
                upstream("catalog", "type Query { product(upc: ID!): String }"),
                upstream("legacy", "type Query { product(upc: Int): String }"));

        assertThat(error.conflicts()).singleElement().asString()
                .contains("Query.product.upc", "'catalog'", "'legacy'");
    }

    @Test
    void sameNameForDifferentKindsOfTypeIsAConflict() {
        SchemaMergeException error = mergeFailure(
                upstream("catalog", "type Query { a: Category } type Category { id: ID }"),
                upstream("tags", "type Query { b: Category } enum Category { BOOKS TOYS }"));

        assertThat(error.conflicts()).singleElement().asString()
                .contains("Category", "an object type", "an enum type", "'catalog'", "'tags'");
    }

    @Test
    void everyConflictIsReportedAtOnce() {
        SchemaMergeException error = mergeFailure(
                upstream("catalog", "type Query { a: Int b: String } type Thing { id: ID }"),
                upstream("other", "type Query { a: String b: Int } enum Thing { X }"));

        assertThat(error.conflicts()).hasSize(3);
        assertThat(String.join("\n", error.conflicts())).contains("Query.a", "Query.b", "Thing");
    }

    @Test
    void customDirectiveDefinitionsAndTheirUsesSurvive() {
        MergedSchema merged = merge(
                upstream("catalog", """
                        directive @cost(weight: Int!) on FIELD_DEFINITION
                        type Query { products: [String] @cost(weight: 5) }
                        """),
                upstream("reviews", "type Query { reviews: [String] }"));

        assertThat(merged.types().getDirectiveDefinition("cost")).isPresent();
        FieldDefinition products = field(merged, "Query", "products");
        assertThat(products.getDirectives()).extracting(AstPrinter::printAst).containsExactly("@cost(weight: 5)");
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(merged.types());
        assertThat(schema.getDirective("cost")).isNotNull();
    }

    @Test
    void mergedTypesBuildASchemaWithEveryUpstreamsRootFields() {
        MergedSchema merged = merge(
                upstream("catalog", "type Query { products: [String] } type Mutation { setPrice(price: Int): Int }"),
                upstream("reviews", "type Query { reviews: [String] } type Mutation { addReview(body: String): String }"));

        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(merged.types());

        assertThat(schema.getQueryType().getFieldDefinitions()).extracting("name").containsExactlyInAnyOrder("products", "reviews");
        assertThat(schema.getMutationType().getFieldDefinitions()).extracting("name").containsExactlyInAnyOrder("setPrice", "addReview");
        assertThat(merged.upstreams()).extracting(UpstreamSchema::name).containsExactly("catalog", "reviews");
    }

    private static UpstreamSchema upstream(String name, String sdl) {
        return SchemaSources.fromSdl(UpstreamConfig.of(name, URI.create("http://" + name + ".test/graphql")), sdl);
    }

    private static MergedSchema merge(UpstreamSchema... upstreams) {
        return SchemaMerger.merge(List.of(upstreams));
    }

    private static SchemaMergeException mergeFailure(UpstreamSchema... upstreams) {
        SchemaMergeException error = catchThrowableOfType(SchemaMergeException.class, () -> merge(upstreams));
        assertThat(error).as("the schemas cannot be merged").isNotNull();
        return error;
    }

    private static <T extends TypeDefinition<?>> T type(MergedSchema merged, String name, Class<T> kind) {
        T type = merged.types().getTypeOrNull(name, kind);
        assertThat(type).as("merged type %s", name).isNotNull();
        return type;
    }

    private static List<String> fieldNames(MergedSchema merged, String type) {
        return type(merged, type, ObjectTypeDefinition.class)
                .getFieldDefinitions().stream().map(FieldDefinition::getName).toList();
    }

    private static FieldDefinition field(MergedSchema merged, String type, String field) {
        return type(merged, type, ObjectTypeDefinition.class)
                .getFieldDefinitions().stream().filter(definition -> definition.getName().equals(field)).findFirst().orElseThrow();
    }
}
