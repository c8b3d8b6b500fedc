package io.skein.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.IntrospectionQuery;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.skein.SkeinException;
import io.skein.config.UpstreamConfig;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaSourcesTest {

    private static final String CATALOG = """
            schema { query: CatalogQuery mutation: CatalogMutation }

            type CatalogQuery {
              "One product by its UPC."
              product(upc: ID!): Product
              search(text: String!, kinds: [Kind!] = [PRODUCT]): [SearchResult!]!
            }

            type CatalogMutation {
              setPrice(input: PriceInput!): Product
            }

            interface Node { id: ID! }

            type Product implements Node {
              id: ID!
              name: String!
              price: Money @deprecated(reason: "Use prices")
            }

            type Category implements Node {
              id: ID!
              name: String
            }

            union SearchResult = Product | Category

            enum Kind { PRODUCT CATEGORY }

            input PriceInput { upc: ID! cents: Int! currency: String = "EUR" }

            scalar Money
            """;

    private static final UpstreamConfig UPSTREAM = UpstreamConfig.of("catalog", URI.create("http://catalog.test/graphql"));

    @Test
    void introspectionResultGivesTheSameSchemaAsTheSdl() {
        UpstreamSchema fromSdl = SchemaSources.fromSdl(UPSTREAM, CATALOG);

        UpstreamSchema fromIntrospection = SchemaSources.fromIntrospection(UPSTREAM, introspect(CATALOG));

        assertThat(fromIntrospection.name()).isEqualTo("catalog");
        assertThat(print(fromIntrospection.schema())).isEqualTo(print(fromSdl.schema()));
        assertThat(fromIntrospection.schema().getQueryType().getName()).isEqualTo("CatalogQuery");
    }

    @Test
    void introspectedUpstreamMergesLikeItsSdl() {
        MergedSchema merged = SchemaMerger.merge(java.util.List.of(SchemaSources.fromIntrospection(UPSTREAM, introspect(CATALOG))));

        assertThat(merged.ownership().owner("Query", "search")).contains("catalog");
        assertThat(merged.ownership().owner("Mutation", "setPrice")).contains("catalog");
    }

    @Test
    void introspectionResultThatIsNotASchemaNamesTheUpstream() {
        assertThatThrownBy(() -> SchemaSources.fromIntrospection(UPSTREAM, Map.of("__schema", Map.of("types", "nonsense"))))
                .isInstanceOf(SkeinException.class)
                .hasMessageContaining("'catalog'");
    }

    @Test
    void invalidSdlNamesTheUpstream() {
        assertThatThrownBy(() -> SchemaSources.fromSdl(UPSTREAM, "type Query { product: Missing }"))
                .isInstanceOf(SkeinException.class)
                .hasMessageContaining("'catalog'");
    }

    private static Map<String, Object> introspect(String sdl) {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        ExecutionResult result = GraphQL.newGraphQL(schema).build().execute(IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(result.getErrors()).isEmpty();
        return result.getData();
    }

    private static String print(GraphQLSchema schema) {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeSchemaDefinition(true)).print(schema);
    }
}
