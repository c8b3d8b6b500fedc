package io.skein.plan;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ParseAndValidate;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.skein.config.SchemaFilter;
import io.skein.config.UpstreamConfig;
import io.skein.schema.MergedSchema;
import io.skein.schema.SchemaMerger;
import io.skein.schema.SchemaSources;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Golden tests: a client operation over the merged catalog and reviews APIs, and the upstream
 * operations it is split into, compared after parsing and printing.
 */
class QueryPlannerTest {

    private static final String CATALOG = """
            type Query {
              products(first: Int): [Product!]!
              product(upc: ID!): Product
              search(text: String!): [SearchResult!]!
            }
            type Mutation {
              setPrice(upc: ID!, price: Int!): Product
            }
            type Product {
              upc: ID!
              name: String!
              price: Int!
              weight: Int
            }
            type Category {
              id: ID!
              name: String!
            }
            union SearchResult = Product | Category
            """;

    private static final String REVIEWS = """
            type Query {
              reviews(filter: ReviewFilter): [Review!]!
            }
            type Mutation {
              addReview(input: ReviewInput!): Review!
            }
            input ReviewFilter {
              productUpcs: [ID!]
              minRating: Int
            }
            input ReviewInput {
              productUpc: ID!
              body: String!
              rating: Int!
            }
            type Review {
              id: ID!
              body: String!
              rating: Int!
            }
            """;

    private final QueryPlanner planner = planner();

    @Test
    void queryIsSplitIntoOneOperationPerUpstreamInOrderOfFirstAppearance() {
        QueryPlan plan = plan("""
                query Page {
                  reviews { body }
                  products(first: 2) { upc name }
                  product(upc: "1") { price }
                }
                """);

        assertThat(plan.operation()).isEqualTo(OperationDefinition.Operation.QUERY);
        assertThat(plan.steps()).extracting(UpstreamOperation::upstream).containsExactly("reviews", "catalog");
        assertStep(plan.steps().get(0), "query Page { reviews { body } }");
        assertStep(plan.steps().get(1), "query Page { products(first: 2) { upc name } product(upc: \"1\") { price } }");
        assertThat(plan.steps().get(0).resultKeys()).containsExactly("reviews");
        assertThat(plan.steps().get(1).resultKeys()).containsExactly("products", "product");
        assertThat(plan.steps()).extracting(UpstreamOperation::operationName).containsOnly("Page");
    }

    @Test
    void aliasesAreKeptAndAreTheResultKeys() {
        QueryPlan plan = plan("""
                { cheap: products(first: 1) { id: upc label: name } top: reviews { text: body } }
                """);

        assertStep(plan.steps().get(0), "{ cheap: products(first: 1) { id: upc label: name } }");
        assertStep(plan.steps().get(1), "{ top: reviews { text: body } }");
        assertThat(plan.steps().get(0).resultKeys()).containsExactly("cheap");
        assertThat(plan.steps().get(1).resultKeys()).containsExactly("top");
    }

    @Test
    void eachOperationDeclaresOnlyTheVariablesItUses() {
        QueryPlan plan = plan("""
                query Q($first: Int, $withWeight: Boolean!, $upcA: ID!, $upcB: ID!, $min: Int, $skipRating: Boolean!) {
                  products(first: $first) { upc weight @include(if: $withWeight) }
                  reviews(filter: { productUpcs: [$upcA, $upcB], minRating: $min }) { body rating @skip(if: $skipRating) }
                }
                """);

        assertStep(plan.steps().get(0), """
                query Q($first: Int, $withWeight: Boolean!) {
                  products(first: $first) { upc weight @include(if: $withWeight) }
                }
                """);
        assertStep(plan.steps().get(1), """
                query Q($upcA: ID!, $upcB: ID!, $min: Int, $skipRating: Boolean!) {
                  reviews(filter: { productUpcs: [$upcA, $upcB], minRating: $min }) { body rating @skip(if: $skipRating) }
                }
                """);
        assertThat(plan.steps().get(0).variables()).containsExactly("first", "withWeight");
        assertThat(plan.steps().get(1).variables()).containsExactly("upcA", "upcB", "min", "skipRating");
    }

    @Test
    void variableDefaultValuesAreKept() {
        QueryPlan plan = plan("query Q($first: Int = 3) { products(first: $first) { upc } }");

        assertStep(plan.steps().get(0), "query Q($first: Int = 3) { products(first: $first) { upc } }");
    }

    @Test
    void namedFragmentSpreadBecomesAnInlineFragmentWithItsTypeCondition() {
        QueryPlan plan = plan("""
                query { product(upc: "1") { ...Card } reviews { body } }
                fragment Card on Product { name price }
                """);

        assertStep(plan.steps().get(0), "{ product(upc: \"1\") { ... on Product { name price } } }");
        assertStep(plan.steps().get(1), "{ reviews { body } }");
    }

    @Test
    void variablesUsedOnlyInsideAFragmentAreDeclared() {
        QueryPlan plan = plan("""
                query Q($withWeight: Boolean!) { product(upc: "1") { ...Card } }
                fragment Card on Product { name weight @include(if: $withWeight) }
                """);

        assertStep(plan.steps().get(0), """
                query Q($withWeight: Boolean!) { product(upc: "1") { ... on Product { name weight @include(if: $withWeight) } } }
                """);
    }

    @Test
    void fragmentSpreadOnAUnionGainsTypename() {
        QueryPlan plan = plan("""
                { search(text: "ch") { ...Hit } }
                fragment Hit on Product { upc name }
                """);

        assertStep(plan.steps().get(0), "{ search(text: \"ch\") { ... on Product { upc name } __typename } }");
    }

    @Test
    void inlineFragmentsAreKeptWithTheirDirectives() {
        QueryPlan plan = plan("""
                query Q($withCategories: Boolean!) {
                  search(text: "k") {
                    ... on Product { upc }
                    ... on Category @include(if: $withCategories) { id name }
                  }
                }
                """);

        assertStep(plan.steps().get(0), """
                query Q($withCategories: Boolean!) {
                  search(text: "k") {
                    ... on Product { upc }
                    ... on Category @include(if: $withCategories) { id name }
                    __typename
                  }
                }
                """);
    }

    @Test
    void typenameAlreadySelectedOnAUnionIsNotRepeated() {
        QueryPlan plan = plan("{ search(text: \"k\") { __typename ... on Product { upc } } }");

        assertStep(plan.steps().get(0), "{ search(text: \"k\") { __typename ... on Product { upc } } }");
    }

    @Test
    void rootFragmentSpreadingFieldsOfBothUpstreamsIsSplitWithoutTheRootTypeCondition() {
        QueryPlan plan = plan("""
                query Home { ...Front }
                fragment Front on Query { products(first: 3) { name } reviews { body } }
                """);

        assertThat(plan.steps()).extracting(UpstreamOperation::upstream).containsExactly("catalog", "reviews");
        assertStep(plan.steps().get(0), "query Home { ... { products(first: 3) { name } } }");
        assertStep(plan.steps().get(1), "query Home { ... { reviews { body } } }");
        assertThat(plan.steps().get(0).resultKeys()).containsExactly("products");
        assertThat(plan.steps().get(1).resultKeys()).containsExactly("reviews");
    }

    @Test
    void mutationIsSplitIntoRunsOfConsecutiveFieldsOfOneUpstreamInDocumentOrder() {
        QueryPlan plan = plan("""
                mutation Prices {
                  first: setPrice(upc: "1", price: 100) { price }
                  second: setPrice(upc: "2", price: 200) { price }
                  addReview(input: { productUpc: "1", body: "Great", rating: 5 }) { id }
                  third: setPrice(upc: "3", price: 300) { price }
                }
                """);

        assertThat(plan.operation()).isEqualTo(OperationDefinition.Operation.MUTATION);
        assertThat(plan.steps()).extracting(UpstreamOperation::upstream).containsExactly("catalog", "reviews", "catalog");
        assertStep(plan.steps().get(0), """
                mutation Prices {
                  first: setPrice(upc: "1", price: 100) { price }
                  second: setPrice(upc: "2", price: 200) { price }
                }
                """);
        assertStep(plan.steps().get(1), """
                mutation Prices { addReview(input: { productUpc: "1", body: "Great", rating: 5 }) { id } }
                """);
        assertStep(plan.steps().get(2), "mutation Prices { third: setPrice(upc: \"3\", price: 300) { price } }");
    }

    @Test
    void aRepeatedMutationFieldJoinsTheOperationOfItsFirstOccurrenceAndIsNeverSentTwice() {
        QueryPlan plan = plan("""
                mutation Once {
                  setPrice(upc: "1", price: 100) { upc }
                  addReview(input: { productUpc: "1", body: "Great", rating: 5 }) { id }
                  setPrice(upc: "1", price: 100) { price }
                }
                """);

        assertThat(plan.steps()).extracting(UpstreamOperation::upstream).containsExactly("catalog", "reviews");
        assertStep(plan.steps().get(0), """
                mutation Once {
                  setPrice(upc: "1", price: 100) { upc }
                  setPrice(upc: "1", price: 100) { price }
                }
                """);
        assertThat(plan.stepFor("setPrice")).contains(0);
    }

    @Test
    void mutationVariablesInsideAnInputObjectAreDeclared() {
        QueryPlan plan = plan("""
                mutation Add($upc: ID!, $body: String!, $price: Int!) {
                  addReview(input: { productUpc: $upc, body: $body, rating: 5 }) { id }
                  setPrice(upc: $upc, price: $price) { price }
                }
                """);

        assertThat(plan.steps().get(0).variables()).containsExactly("upc", "body");
        assertThat(plan.steps().get(1).variables()).containsExactly("upc", "price");
    }

    @Test
    void stepForNamesTheOperationThatAnswersEachRootResultKey() {
        QueryPlan plan = plan("""
                mutation {
                  a: setPrice(upc: "1", price: 1) { price }
                  b: setPrice(upc: "2", price: 2) { price }
                  addReview(input: { productUpc: "1", body: "Ok", rating: 3 }) { id }
                  c: setPrice(upc: "3", price: 3) { price }
                }
                """);

        assertThat(plan.stepFor("a")).contains(0);
        assertThat(plan.stepFor("b")).contains(0);
        assertThat(plan.stepFor("addReview")).contains(1);
        assertThat(plan.stepFor("c")).contains(2);
        assertThat(plan.stepFor("setPrice")).isEmpty();
    }

    @Test
    void introspectionRootFieldsAreNotSentUpstream() {
        QueryPlan plan = plan("{ __schema { queryType { name } } products { upc } }");

        assertThat(plan.steps()).singleElement().satisfies(step -> assertStep(step, "{ products { upc } }"));
        assertThat(plan("{ __type(name: \"Product\") { name } }").steps()).isEmpty();
    }

    @Test
    void selectOperationPicksTheNamedOperationOrTheOnlyOne() {
        Document document = Parser.parse("query A { products { upc } } query B { reviews { body } }");

        assertThat(QueryPlanner.selectOperation(document, "B")).map(OperationDefinition::getName).contains("B");
        assertThat(QueryPlanner.selectOperation(document, null)).isEmpty();
        assertThat(QueryPlanner.selectOperation(document, "C")).isEmpty();
        assertThat(QueryPlanner.selectOperation(Parser.parse("{ products { upc } }"), null)).isPresent();
    }

    @Test
    void planOfTheSelectedOperationIgnoresTheOtherOperations() {
        Document document = Parser.parse("query A { products { upc } } query B { reviews { body } }");
        OperationDefinition operation = QueryPlanner.selectOperation(document, "B").orElseThrow();

        QueryPlan plan = planner.plan(document, operation);

        assertThat(plan.steps()).singleElement().satisfies(step -> assertStep(step, "query B { reviews { body } }"));
    }

    @Test
    void extraFieldsAreAddedToEverySelectionOfTheirTypeSentToTheirUpstream() {
        QueryPlan plan = plan(extraFieldsPlanner(), """
                { products(first: 2) { name } product(upc: "1") { upc price } }
                """);

        assertStep(plan.steps().get(0), """
                { products(first: 2) { name weight } product(upc: "1") { upc price weight } }
                """);
    }

    @Test
    void extraFieldsAreAddedInsideFragmentsOnTheirType() {
        QueryPlan plan = plan(extraFieldsPlanner(), """
                query { search(text: "k") { ... on Product { upc } ...Shelf } product(upc: "1") { ...Card } }
                fragment Shelf on Category { id }
                fragment Card on Product { name }
                """);

        assertStep(plan.steps().get(0), """
                {
                  search(text: "k") { ... on Product { upc weight } ... on Category { id name } __typename }
                  product(upc: "1") { ... on Product { name } weight }
                }
                """);
    }

    @Test
    void extraFieldsAreAddedToMutationResults() {
        QueryPlan plan = plan(extraFieldsPlanner(), "mutation { setPrice(upc: \"1\", price: 5) { price } }");

        assertStep(plan.steps().get(0), "mutation { setPrice(upc: \"1\", price: 5) { price weight } }");
    }

    @Test
    void extraFieldsOfAnUpstreamAreNotAddedToOtherUpstreamsSelectionsOfTheSameType() {
        QueryPlan plan = plan(extraFieldsPlanner(), "{ reviews { body product { upc } } product(upc: \"1\") { upc } }");

        assertThat(plan.steps()).extracting(UpstreamOperation::upstream).containsExactly("reviews", "catalog");
        assertStep(plan.steps().get(0), "{ reviews { body product { upc } } }");
        assertStep(plan.steps().get(1), "{ product(upc: \"1\") { upc weight } }");
    }

    @Test
    void operationsWithExtraFieldsAreValidForTheUpstreamsOwnSchema() {
        GraphQLSchema catalog = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(CATALOG));
        QueryPlan plan = plan(extraFieldsPlanner(), """
                { products { name } search(text: "k") { ... on Category { id } } }
                """);

        assertThat(ParseAndValidate.validate(catalog, Parser.parse(plan.steps().get(0).document()))).isEmpty();
    }

    private QueryPlan plan(String query) {
        Document document = Parser.parse(query);
        return planner.plan(document, QueryPlanner.selectOperation(document, null).orElseThrow());
    }

    private static QueryPlan plan(QueryPlanner planner, String query) {
        Document document = Parser.parse(query);
        return planner.plan(document, QueryPlanner.selectOperation(document, null).orElseThrow());
    }

    private static void assertStep(UpstreamOperation step, String expected) {
        assertThat(normalise(step.document())).isEqualTo(normalise(expected));
    }

    private static String normalise(String document) {
        return AstPrinter.printAstCompact(Parser.parse(document));
    }

    /**
     * The catalog with {@code extra-fields=Product.weight,Category.name}; the reviews upstream has
     * a {@code Product} type of its own.
     */
    private static QueryPlanner extraFieldsPlanner() {
        SchemaFilter extraFields = new SchemaFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), new LinkedHashSet<>(List.of("Product.weight", "Category.name")));
        UpstreamConfig catalog = UpstreamConfig.newUpstream("catalog", URI.create("http://catalog.test/graphql")).filter(extraFields).build();
        String reviews = """
                type Query { reviews: [Review!]! }
                type Review { body: String! product: Product }
                type Product { upc: ID! }
                """;
        MergedSchema merged = SchemaMerger.merge(List.of(
                SchemaSources.fromSdl(catalog, CATALOG),
                SchemaSources.fromSdl(UpstreamConfig.of("reviews", URI.create("http://reviews.test/graphql")), reviews)));
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(merged.types());
        return new QueryPlanner(schema, merged.ownership());
    }

    private static QueryPlanner planner() {
        MergedSchema merged = SchemaMerger.merge(List.of(
                SchemaSources.fromSdl(UpstreamConfig.of("catalog", URI.create("http://catalog.test/graphql")), CATALOG),
                SchemaSources.fromSdl(UpstreamConfig.of("reviews", URI.create("http://reviews.test/graphql")), REVIEWS)));
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(merged.types());
        return new QueryPlanner(schema, merged.ownership());
    }
}
