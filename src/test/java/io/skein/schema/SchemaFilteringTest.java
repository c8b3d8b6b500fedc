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
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.skein.config.SchemaFilter;
import io.skein.config.UpstreamConfig;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An upstream's {@code exclude-*}, {@code queries}, {@code mutations} and {@code extra-fields}
 * settings, applied to its schema when the schemas are merged.
 */
class SchemaFilteringTest {

    private static final String STORE = """
            type Query {
              products(filter: ProductFilter, debug: Boolean, first: Int): [Product!]!
              product(upc: ID!, supplier: SupplierRef): Product
              search(text: String!): [SearchResult!]!
              node(id: ID!): Node
              legacyProducts: [Product] @deprecated(reason: "use products")
            }
            type Mutation {
              setPrice(upc: ID!, price: Int!): Product
            }
            interface Node {
              id: ID!
            }
            type Product implements Node {
              id: ID!
              upc: ID!
              name: String!
              price: Int!
              status: Status
              supplier: Supplier
              internalCode: String
            }
            type Supplier implements Node {
              id: ID!
              name: String!
            }
            type Category implements Node {
              id: ID!
              title: String!
            }
            enum Status {
              ACTIVE
              RETIRED
              DRAFT
            }
            input ProductFilter {
              text: String
              status: Status
              supplier: SupplierRef
            }
            input SupplierRef {
              id: ID!
            }
            union SearchResult = Product | Category | Supplier
            """;

    /** A schema with a custom directive, used on two fields. */
    private static final String ANNOTATED = """
            directive @cost(weight: Int!, complexity: Int) on FIELD_DEFINITION
            type Query {
              products(first: Int): [Product!]! @cost(weight: 5, complexity: 2)
            }
            type Product {
              upc: ID!
              price: Int! @cost(weight: 1)
            }
            """;

    /** A schema whose types are reached from its root fields in every way a type can be reached. */
    private static final String SHOP = """
            type Query {
              product(upc: ID!): Product
              reviews(filter: ReviewFilter): [Review!]!
              node(id: ID!): Node
              search(text: String!): [Hit]
            }
            type Mutation {
              setPrice(input: PriceInput!): Product
              addReview(input: ReviewInput!): Review
            }
            interface Node {
              id: ID!
            }
            type Product implements Node {
              id: ID!
              upc: ID!
              price: Money
            }
            type Review implements Node {
              id: ID!
              body: String
              rating: Rating
            }
            type Shop implements Node {
              id: ID!
              name: String
            }
            type Category {
              id: ID!
            }
            union Hit = Product | Category
            scalar Money
            enum Rating {
              ONE
              TWO
            }
            input ReviewFilter {
              minRating: Rating
            }
            input ReviewInput {
              body: String
            }
            input PriceInput {
              upc: ID!
              amount: Money
            }
            """;

    @Test
    void excludedTypeIsRemovedWithTheFieldsArgumentsInputFieldsAndUnionMembersUsingIt() {
        MergedSchema merged = merge(store(filter -> filter.excludeTypes("Supplier", "SupplierRef")));

        assertThat(merged.types().getTypeOrNull("Supplier")).isNull();
        assertThat(merged.types().getTypeOrNull("SupplierRef")).isNull();
        assertThat(fieldNames(merged, "Product")).containsExactlyInAnyOrder("id", "upc", "name", "price", "status", "internalCode");
        assertThat(argumentNames(merged, "Query", "product")).containsExactly("upc");
        assertThat(inputFieldNames(merged, "ProductFilter")).containsExactlyInAnyOrder("text", "status");
        assertThat(memberNames(merged, "SearchResult")).containsExactlyInAnyOrder("Product", "Category");
        assertBuildsASchema(merged);
    }

    @Test
    void excludedInterfaceIsRemovedFromTheTypesImplementingItAndTheFieldsReturningIt() {
        MergedSchema merged = merge(store(filter -> filter.excludeTypes("Node")));

        assertThat(merged.types().getTypeOrNull("Node")).isNull();
        assertThat(fieldNames(merged, "Query")).doesNotContain("node").contains("products", "product");
        assertThat(interfaceNames(merged, "Product")).isEmpty();
        assertThat(interfaceNames(merged, "Supplier")).isEmpty();
        assertBuildsASchema(merged);
    }

    @Test
    void excludeFieldsRemovesObjectFieldsEnumValuesAndInputFields() {
        MergedSchema merged = merge(store(filter -> filter.excludeFields("Product.internalCode", "Status.DRAFT", "ProductFilter.text")));

        assertThat(fieldNames(merged, "Product")).doesNotContain("internalCode").contains("upc", "name", "price");
        assertThat(type(merged, "Status", EnumTypeDefinition.class).getEnumValueDefinitions())
                .extracting(EnumValueDefinition::getName)
                .containsExactlyInAnyOrder("ACTIVE", "RETIRED");
        assertThat(inputFieldNames(merged, "ProductFilter")).containsExactlyInAnyOrder("status", "supplier");
        assertBuildsASchema(merged);
    }

    @Test
    void excludedRootFieldsAndRootTypesAreNotInTheMergedSchema() {
        MergedSchema merged = merge(store(filter -> filter.excludeFields("Query.search").excludeTypes("Mutation")));

        assertThat(fieldNames(merged, "Query")).containsExactlyInAnyOrder("products", "product", "node", "legacyProducts");
        assertThat(merged.types().getTypeOrNull("Mutation")).isNull();
        assertBuildsASchema(merged);
    }

    @Test
    void excludeArgsRemovesOnlyThoseArguments() {
        MergedSchema merged = merge(store(filter -> filter.excludeArgs("Query.products.debug", "Query.product.supplier")));

        assertThat(argumentNames(merged, "Query", "products")).containsExactlyInAnyOrder("filter", "first");
        assertThat(argumentNames(merged, "Query", "product")).containsExactly("upc");
        assertBuildsASchema(merged);
    }

    @Test
    void excludedDirectiveLosesItsDefinitionAndEveryUse() {
        MergedSchema merged = merge(upstream("store", ANNOTATED, new Filter().excludeDirectives("cost").build()));

        assertThat(merged.types().getDirectiveDefinition("cost")).isEmpty();
        assertThat(field(merged, "Query", "products").getDirectives()).isEmpty();
        assertThat(field(merged, "Product", "price").getDirectives()).isEmpty();
        assertThat(print(merged)).doesNotContain("@cost").contains("products(first: Int): [Product!]!");
    }

    @Test
    void excludedBuiltInDirectiveLosesItsUses() {
        MergedSchema merged = merge(store(filter -> filter.excludeDirectives("deprecated")));

        assertThat(field(merged, "Query", "legacyProducts").getDirectives()).isEmpty();
        assertThat(UnExecutableSchemaGenerator.makeUnExecutableSchema(merged.types())
                .getQueryType().getFieldDefinition("legacyProducts").isDeprecated()).isFalse();
    }

    @Test
    void excludedDirectiveArgumentIsRemovedFromEveryUse() {
        MergedSchema merged = merge(store(filter -> filter.excludeDirectiveArgs("deprecated.reason")));

        assertThat(field(merged, "Query", "legacyProducts").getDirectives()).extracting(AstPrinter::printAst)
                .containsExactly("@deprecated");
        assertThat(print(merged)).doesNotContain("use products");
    }

    @Test
    void keepingARootFieldWhoseTypeIsExcludedIsAProblem() {
        SchemaMergeException error = mergeFailure(shop(filter -> filter.queries("product").excludeTypes("Product")));

        assertThat(error.conflicts()).anySatisfy(problem -> assertThat(problem)
                .isEqualTo("skein.upstream.shop.queries: Query.product is kept, but its type Product is excluded by exclude-types"));
    }

    @Test
    void queriesKeepOnlyTheListedQueryFieldsTheTypesTheyReachAndNoMutation() {
        MergedSchema merged = merge(shop(filter -> filter.queries("product")));

        assertThat(fieldNames(merged, "Query")).containsExactly("product");
        assertThat(merged.types().getTypeOrNull("Mutation")).isNull();
        assertThat(typeNames(merged)).contains("Product", "Money", "Node")
                .doesNotContain("Mutation", "Hit", "Category", "ReviewFilter", "ReviewInput", "PriceInput");
        assertBuildsASchema(merged);
    }

    @Test
    void queriesKeepTheImplementationsOfAReachableInterface() {
        MergedSchema merged = merge(shop(filter -> filter.queries("node")));

        assertThat(fieldNames(merged, "Query")).containsExactly("node");
        assertThat(typeNames(merged)).contains("Node", "Product", "Review", "Shop", "Money", "Rating")
                .doesNotContain("Hit", "Category", "ReviewFilter");
        assertBuildsASchema(merged);
    }

    @Test
    void queriesKeepTheMembersOfAReachableUnionAndTheTypesOfArguments() {
        MergedSchema merged = merge(shop(filter -> filter.queries("search", "reviews")));

        assertThat(fieldNames(merged, "Query")).containsExactlyInAnyOrder("reviews", "search");
        assertThat(typeNames(merged)).contains("Hit", "Product", "Category", "Review", "ReviewFilter", "Rating")
                .doesNotContain("ReviewInput", "PriceInput");
    }

    @Test
    void mutationsKeepOnlyTheListedMutationFieldsAndEveryQueryField() {
        MergedSchema merged = merge(shop(filter -> filter.mutations("addReview")));

        assertThat(fieldNames(merged, "Mutation")).containsExactly("addReview");
        assertThat(fieldNames(merged, "Query")).containsExactlyInAnyOrder("product", "reviews", "node", "search");
        assertThat(typeNames(merged)).contains("ReviewInput").doesNotContain("PriceInput");
        assertBuildsASchema(merged);
    }

    @Test
    void queriesAndMutationsTogetherKeepTheListedFieldsOfBothRoots() {
        MergedSchema merged = merge(shop(filter -> filter.queries("reviews").mutations("setPrice")));

        assertThat(fieldNames(merged, "Query")).containsExactly("reviews");
        assertThat(fieldNames(merged, "Mutation")).containsExactly("setPrice");
        assertThat(typeNames(merged)).contains("PriceInput", "Money", "Product", "ReviewFilter")
                .doesNotContain("ReviewInput", "Hit", "Category");
    }

    @Test
    void typesOutsideTheSubsetAreNotOwnedByTheUpstream() {
        MergedSchema merged = merge(shop(filter -> filter.queries("product")));

        FieldOwnership ownership = merged.ownership();
        assertThat(ownership.hasType("shop", "Product")).isTrue();
        assertThat(ownership.hasType("shop", "Category")).isFalse();
        assertThat(ownership.owner("Query", "reviews")).isEmpty();
        assertThat(ownership.owner("Mutation", "setPrice")).isEmpty();
    }

    @Test
    void extraFieldsAreLeftOutOfTheSchemaButRecordedForTheirUpstream() {
        MergedSchema merged = merge(
                store(filter -> filter.extraFields("Product.internalCode", "Product.status")),
                upstream("reviews", "type Query { top: Product } type Product { upc: ID! internalCode: String }", SchemaFilter.NONE));

        assertThat(fieldNames(merged, "Product")).contains("upc", "name", "internalCode").doesNotContain("status");
        FieldOwnership ownership = merged.ownership();
        assertThat(ownership.extraFields("store", "Product")).containsExactly("internalCode", "status");
        assertThat(ownership.extraFields("reviews", "Product")).isEmpty();
        assertThat(ownership.provides("store", "Product", "internalCode")).isFalse();
        assertThat(ownership.owner("Product", "internalCode")).contains("reviews");
    }

    @Test
    void extraFieldAloneIsNotInTheMergedSchema() {
        MergedSchema merged = merge(store(filter -> filter.extraFields("Product.internalCode")));

        assertThat(fieldNames(merged, "Product")).doesNotContain("internalCode");
        assertThat(merged.ownership().owner("Product", "internalCode")).isEmpty();
    }

    @Test
    void extraFieldOfObjectTypeIsAProblem() {
        SchemaMergeException error = mergeFailure(store(filter -> filter.extraFields("Product.supplier")));

        assertThat(error.conflicts()).singleElement().asString()
                .contains("skein.upstream.store.extra-fields", "Product.supplier");
    }

    @ParameterizedTest
    @CsvSource({
        "exclude-types, Missing",
        "exclude-fields, Product.missing",
        "exclude-fields, Missing.name",
        "exclude-fields, Status.MISSING",
        "exclude-fields, ProductFilter.missing",
        "exclude-args, Query.products.missing",
        "exclude-args, Product.missing.first",
        "exclude-directives, missing",
        "exclude-directive-args, missing.weight",
        "queries, missing",
        "mutations, missing",
        "extra-fields, Product.missing",
        "extra-fields, Status.ACTIVE",
    })
    void unknownCoordinatesAreProblemsNamingTheKeyAndTheCoordinates(String key, String coordinates) {
        SchemaMergeException error = mergeFailure(store(filter -> filter.set(key, coordinates)));

        assertThat(error.conflicts()).singleElement().asString()
                .contains("skein.upstream.store." + key, coordinates, "'store'");
        assertThat(error.getMessage()).contains("skein.upstream.store." + key);
    }

    @Test
    void unknownArgumentOfADefinedDirectiveIsAProblem() {
        SchemaMergeException error = mergeFailure(upstream("store", ANNOTATED, new Filter().excludeDirectiveArgs("cost.missing").build()));

        assertThat(error.conflicts()).singleElement().asString()
                .contains("skein.upstream.store.exclude-directive-args", "cost.missing");
    }

    @Test
    void everyUnknownCoordinateOfAnUpstreamIsReportedAtOnce() {
        SchemaMergeException error = mergeFailure(store(filter -> filter.excludeTypes("Missing").excludeFields("Product.missing")
                .excludeArgs("Query.product.missing")));

        assertThat(error.conflicts()).hasSize(3);
        assertThat(String.join("\n", error.conflicts()))
                .contains("skein.upstream.store.exclude-types", "skein.upstream.store.exclude-fields",
                        "skein.upstream.store.exclude-args");
    }

    @Test
    void queryTypeCannotBeExcluded() {
        SchemaMergeException error = mergeFailure(store(filter -> filter.excludeTypes("Query")));

        assertThat(error.conflicts()).singleElement().asString().contains("skein.upstream.store.exclude-types", "Query");
    }

    @Test
    void excludingEveryFieldOfATypeIsAProblem() {
        SchemaMergeException error = mergeFailure(store(filter -> filter.excludeFields("Supplier.id", "Supplier.name")));

        assertThat(error.conflicts()).singleElement().asString().contains("skein.upstream.store.", "Supplier", "'store'");
    }

    @Test
    void excludingEveryValueOfAnEnumIsAProblem() {
        SchemaMergeException error = mergeFailure(store(filter -> filter.excludeFields("Status.ACTIVE", "Status.RETIRED", "Status.DRAFT")));

        assertThat(error.conflicts()).singleElement().asString().contains("skein.upstream.store.", "Status");
    }

    @Test
    void excludingEveryMemberOfAUnionIsAProblem() {
        SchemaMergeException error = mergeFailure(store(filter -> filter.excludeTypes("Product", "Category", "Supplier")));

        assertThat(error.conflicts()).anySatisfy(conflict -> assertThat(conflict).contains("skein.upstream.store.", "SearchResult"));
    }

    @Test
    void excludingAFieldThatAnInterfaceRequiresIsAProblemOfTheUpstream() {
        SchemaMergeException error = mergeFailure(store(filter -> filter.excludeFields("Supplier.id")));

        assertThat(error.conflicts()).singleElement().asString().contains("skein.upstream.store", "'store'", "Supplier");
    }

    @Test
    void excludedFieldIsOwnedByAnotherUpstreamThatDefinesIt() {
        MergedSchema merged = merge(
                upstream("legacy", "type Query { product(upc: ID!): Product } type Product { upc: ID! price: Int! }", SchemaFilter.NONE),
                store(filter -> filter.excludeFields("Query.product", "Product.price")));

        FieldOwnership ownership = merged.ownership();
        assertThat(ownership.owner("Query", "product")).contains("legacy");
        assertThat(ownership.owner("Product", "price")).contains("legacy");
        assertThat(ownership.upstreamsOf("Product", "price")).containsExactly("legacy");
        assertThat(ownership.provides("store", "Product", "price")).isFalse();
        assertThat(ownership.provides("store", "Product", "name")).isTrue();
        assertThat(fieldNames(merged, "Product")).contains("price");
    }

    @Test
    void excludedTypeIsNotOwnedByTheUpstreamThatExcludesIt() {
        MergedSchema merged = merge(
                store(filter -> filter.excludeTypes("Supplier")),
                upstream("suppliers", "type Query { suppliers: [Supplier] } type Supplier { id: ID! name: String! }", SchemaFilter.NONE));

        FieldOwnership ownership = merged.ownership();
        assertThat(ownership.hasType("store", "Supplier")).isFalse();
        assertThat(ownership.hasType("suppliers", "Supplier")).isTrue();
        assertThat(ownership.upstreamsOf("Supplier", "name")).containsExactly("suppliers");
        assertThat(fieldNames(merged, "Supplier")).containsExactlyInAnyOrder("id", "name");
    }

    @Test
    void filtersOfOneUpstreamLeaveAnotherUpstreamsSameNamedTypesIntact() {
        MergedSchema merged = merge(
                upstream("pricing", """
                        type Query { prices: [Product] }
                        type Product { upc: ID! price: Int! status: Status }
                        enum Status { ACTIVE DRAFT }
                        """, SchemaFilter.NONE),
                store(filter -> filter.excludeFields("Product.price", "Status.DRAFT").excludeArgs("Query.products.first")));

        assertThat(fieldNames(merged, "Product")).contains("price", "name");
        assertThat(type(merged, "Status", EnumTypeDefinition.class).getEnumValueDefinitions())
                .extracting(EnumValueDefinition::getName)
                .containsExactlyInAnyOrder("ACTIVE", "RETIRED", "DRAFT");
        assertThat(merged.ownership().owner("Product", "price")).contains("pricing");
        assertThat(argumentNames(merged, "Query", "products")).doesNotContain("first");
    }

    @Test
    void coordinatesUnknownToTheFilteringUpstreamAreProblemsEvenWhenAnotherUpstreamHasThem() {
        SchemaMergeException error = mergeFailure(
                upstream("reviews", "type Query { reviews: [Review] } type Review { body: String }", SchemaFilter.NONE),
                store(filter -> filter.excludeFields("Review.body")));

        assertThat(error.conflicts()).singleElement().asString().contains("skein.upstream.store.exclude-fields", "Review.body");
    }

    private static UpstreamSchema store(UnaryOperator<Filter> filter) {
        return upstream("store", STORE, filter.apply(new Filter()).build());
    }

    private static UpstreamSchema shop(UnaryOperator<Filter> filter) {
        return upstream("shop", SHOP, filter.apply(new Filter()).build());
    }

    private static UpstreamSchema upstream(String name, String sdl, SchemaFilter filter) {
        UpstreamConfig config = UpstreamConfig.newUpstream(name, URI.create("http://" + name + ".test/graphql")).filter(filter).build();
        return SchemaSources.fromSdl(config, sdl);
    }

    private static MergedSchema merge(UpstreamSchema... upstreams) {
        return SchemaMerger.merge(List.of(upstreams));
    }

    private static SchemaMergeException mergeFailure(UpstreamSchema... upstreams) {
        SchemaMergeException error = catchThrowableOfType(SchemaMergeException.class, () -> merge(upstreams));
        assertThat(error).as("the schemas cannot be merged").isNotNull();
        return error;
    }

    private static void assertBuildsASchema(MergedSchema merged) {
        assertThat(UnExecutableSchemaGenerator.makeUnExecutableSchema(merged.types())).isNotNull();
    }

    private static String print(MergedSchema merged) {
        return new SchemaPrinter().print(UnExecutableSchemaGenerator.makeUnExecutableSchema(merged.types()));
    }

    private static <T extends TypeDefinition<?>> T type(MergedSchema merged, String name, Class<T> kind) {
        T type = merged.types().getTypeOrNull(name, kind);
        assertThat(type).as("merged type %s", name).isNotNull();
        return type;
    }

    private static Set<String> typeNames(MergedSchema merged) {
        Set<String> names = new LinkedHashSet<>(merged.types().types().keySet());
        names.addAll(merged.types().scalars().keySet());
        return names;
    }

    private static List<String> fieldNames(MergedSchema merged, String type) {
        return type(merged, type, ObjectTypeDefinition.class)
                .getFieldDefinitions().stream().map(FieldDefinition::getName).toList();
    }

    private static FieldDefinition field(MergedSchema merged, String type, String field) {
        return type(merged, type, ObjectTypeDefinition.class).getFieldDefinitions().stream()
                .filter(definition -> definition.getName().equals(field))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> argumentNames(MergedSchema merged, String type, String field) {
        return field(merged, type, field).getInputValueDefinitions().stream().map(InputValueDefinition::getName).toList();
    }

    private static List<String> inputFieldNames(MergedSchema merged, String type) {
        return type(merged, type, InputObjectTypeDefinition.class)
                .getInputValueDefinitions().stream().map(InputValueDefinition::getName).toList();
    }

    private static List<String> memberNames(MergedSchema merged, String union) {
        return type(merged, union, UnionTypeDefinition.class)
                .getMemberTypes().stream().map(member -> ((TypeName) member).getName()).toList();
    }

    private static List<String> interfaceNames(MergedSchema merged, String type) {
        return type(merged, type, ObjectTypeDefinition.class)
                .getImplements().stream().map(iface -> ((TypeName) iface).getName()).toList();
    }

    /** Builds a {@link SchemaFilter} setting by setting, as the configuration keys name them. */
    private static final class Filter {
        private final Set<String> excludeTypes = new LinkedHashSet<>();
        private final Set<String> excludeFields = new LinkedHashSet<>();
        private final Set<String> excludeArgs = new LinkedHashSet<>();
        private final Set<String> excludeDirectives = new LinkedHashSet<>();
        private final Set<String> excludeDirectiveArgs = new LinkedHashSet<>();
        private final Set<String> extraFields = new LinkedHashSet<>();
        private Optional<List<String>> queries = Optional.empty();
        private Optional<List<String>> mutations = Optional.empty();

        Filter excludeTypes(String... names) {
            excludeTypes.addAll(List.of(names));
            return this;
        }

        Filter excludeFields(String... coordinates) {
            excludeFields.addAll(List.of(coordinates));
            return this;
        }

        Filter excludeArgs(String... coordinates) {
            excludeArgs.addAll(List.of(coordinates));
            return this;
        }

        Filter excludeDirectives(String... names) {
            excludeDirectives.addAll(List.of(names));
            return this;
        }

        Filter excludeDirectiveArgs(String... coordinates) {
            excludeDirectiveArgs.addAll(List.of(coordinates));
            return this;
        }

        Filter extraFields(String... coordinates) {
            extraFields.addAll(List.of(coordinates));
            return this;
        }

        Filter queries(String... fields) {
            queries = Optional.of(List.of(fields));
            return this;
        }

        Filter mutations(String... fields) {
            mutations = Optional.of(List.of(fields));
            return this;
        }

        /** Sets one configuration key, named without its {@code skein.upstream.<n>.} prefix. */
        Filter set(String key, String value) {
            return switch (key) {
                case "exclude-types" -> excludeTypes(value);
                case "exclude-fields" -> excludeFields(value);
                case "exclude-args" -> excludeArgs(value);
                case "exclude-directives" -> excludeDirectives(value);
                case "exclude-directive-args" -> excludeDirectiveArgs(value);
                case "extra-fields" -> extraFields(value);
                case "queries" -> queries(value);
                case "mutations" -> mutations(value);
                default -> throw new IllegalArgumentException("no filter key " + key);
            };
        }

        SchemaFilter build() {
            return new SchemaFilter(excludeTypes, excludeFields, excludeArgs, excludeDirectives, excludeDirectiveArgs,
                    queries, mutations, extraFields);
        }
    }
}
