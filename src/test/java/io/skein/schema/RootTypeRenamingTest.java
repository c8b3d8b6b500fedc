package io.skein.schema;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.skein.config.UpstreamConfig;
import io.skein.plan.QueryPlan;
import io.skein.plan.QueryPlanner;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Upstreams whose root types have other names than Query and Mutation merge and plan correctly.
 */
class RootTypeRenamingTest {

    private static final UpstreamSchema CATALOG = upstream("catalog", "type Query { products: [String] }");
    private static final UpstreamSchema REVIEWS = upstream("reviews",
            "schema { query: QueryRoot } type QueryRoot { reviews: [String] }");

    @Test
    void rootFragmentSentToAnUpstreamWithAnotherQueryRootNameIsValidForThatUpstream() {
        MergedSchema merged = SchemaMerger.merge(List.of(CATALOG, REVIEWS));
        QueryPlanner planner = new QueryPlanner(UnExecutableSchemaGenerator.makeUnExecutableSchema(merged.types()), merged.ownership());
        Document document = Parser.parse("query Home { ...Front } fragment Front on Query { products reviews }");

        QueryPlan plan = planner.plan(document, QueryPlanner.selectOperation(document, null).orElseThrow());

        String reviewsOperation = plan.steps().get(plan.stepFor("reviews").orElseThrow()).document();
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(REVIEWS.schema(),
                ExecutionInput.newExecutionInput(reviewsOperation).build());
        assertThat(result.getErrors()).as("errors validating %s against the reviews upstream", reviewsOperation).isEmpty();
    }

    @Test
    void fieldsReferringToARenamedQueryRootReferToQuery() {
        UpstreamSchema relay = upstream("relay", """
                schema { query: QueryRoot mutation: MutationRoot }
                type QueryRoot { node: String }
                type MutationRoot { touch: Payload }
                type Payload { query: QueryRoot }
                """);
        MergedSchema merged = SchemaMerger.merge(List.of(CATALOG, relay));

        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(merged.types());

        assertThat(schema.getObjectType("Payload").getFieldDefinition("query").getType())
                .isSameAs(schema.getQueryType());
    }

    private static UpstreamSchema upstream(String name, String sdl) {
        return SchemaSources.fromSdl(UpstreamConfig.of(name, URI.create("http://" + name + ".test/graphql")), sdl);
    }
}
