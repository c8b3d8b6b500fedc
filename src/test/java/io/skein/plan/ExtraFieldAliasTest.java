package io.skein.plan;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ParseAndValidate;
import graphql.language.Document;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An extra field stays clear of a client alias that uses its name. */
class ExtraFieldAliasTest {

    private static final String CATALOG = """
            type Query { product(upc: ID!): Product }
            type Product { upc: ID! name: String! weight: Int }
            """;

    @Test
    void clientAliasNamedLikeAnExtraFieldStillGivesAValidUpstreamOperation() {
        SchemaFilter filter = new SchemaFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Set.of("Product.weight"));
        UpstreamConfig catalog = UpstreamConfig.newUpstream("catalog", URI.create("http://catalog.test/graphql")).filter(filter).build();
        MergedSchema merged = SchemaMerger.merge(List.of(SchemaSources.fromSdl(catalog, CATALOG)));
        QueryPlanner planner = new QueryPlanner(UnExecutableSchemaGenerator.makeUnExecutableSchema(merged.types()), merged.ownership());
        Document document = Parser.parse("{ product(upc: \"1\") { weight: name } }");

        QueryPlan plan = planner.plan(document, QueryPlanner.selectOperation(document, null).orElseThrow());

        GraphQLSchema upstreamSchema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(CATALOG));
        String sent = plan.steps().get(0).document();
        assertThat(ParseAndValidate.validate(upstreamSchema, Parser.parse(sent))).as(sent).isEmpty();
        assertThat(sent).contains("weight:name", SelectionFilter.EXTRA_FIELD_ALIAS_PREFIX + "weight:weight");
    }
}
