package io.skein.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.language.AstPrinter;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTemplateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "query { order(id: 1) { __FIELDS } }|Query template operation must be named.",
            "query A { a { __FIELDS } } query B { b { __FIELDS } }|Query template must define single operation.",
            "query A { order { id } }|Query template operation should specify one '__FIELDS' placeholder. It specifies 0.",
            "query A { a { __FIELDS } b { __FIELDS } }|Query template operation should specify one '__FIELDS' placeholder. It specifies 2.",
            "query A { order { ... on Order { __FIELDS } } }|Template can't use fragments",
            "query A { order { __FIELDS { id } } }|Query template '__FIELDS' can't have selection set",
            "query A { order {|Query template is not valid GraphQL"})
    void unusableTemplatesAreRefusedWithTheSeedGuidesMessages(String template, String message) {
        assertThatThrownBy(() -> QueryTemplate.parse(template, true, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void findsThePathToThePlaceholder() {
        QueryTemplate template = QueryTemplate.parse("query Get($id: ID!) { shop { o: order(id: $id) { __FIELDS } } }", true, true);

        assertThat(template.pathToFields()).containsExactly("shop", "o");
        assertThat(template.name()).isEqualTo("Get");
    }

    @Test
    void copyAliasesRootFieldsRenamesVariablesAndInsertsTheSelection() {
        QueryTemplate template = QueryTemplate.parse(
                "query Get($id: ID!, $tags: [String]) { order(id: $id, filter: {tags: $tags, ids: [$id]}) { __FIELDS } }", true, true);

        List<Selection> copy = template.copy("_skein3_", List.of(new Field("customer"), new Field("total")),
                Optional.of(Field.newField("id").alias("_skein_match").build()));

        assertThat(print(copy)).isEqualTo("{_skein3_order:order(id:$_skein3_id,filter:{tags:$_skein3_tags,ids:[$_skein3_id]})"
                + "{customer total _skein_match:id}}");
        assertThat(template.variables("_skein3_")).extracting(definition -> definition.getName())
                .containsExactly("_skein3_id", "_skein3_tags");
    }

    @Test
    void itemsAreTheFirstRootFieldsValueFlattened() {
        QueryTemplate template = QueryTemplate.parse("query($ids: [ID!]!) { ordersByIds(ids: $ids) { __FIELDS } }", false, true);
        Map<String, Object> data = Map.of("_skein0_ordersByIds", List.of(Map.of("id", "1"), List.of(Map.of("id", "2"))));

        assertThat(template.items(data, "_skein0_")).containsExactly(Map.of("id", "1"), Map.of("id", "2"));
    }

    @Test
    void valueAtWalksMapsAndFlattensLists() {
        Object value = Map.of("reviews", List.of(Map.of("body", "a"), Map.of("body", "b")));

        assertThat(QueryTemplate.valueAt(value, List.of("reviews", "body"))).isEqualTo(List.of("a", "b"));
        assertThat(QueryTemplate.valueAt(null, List.of("reviews"))).isNull();
    }

    @Test
    void batchTemplatesTakeOneListVariableAndOneRootField() {
        assertThatThrownBy(() -> BatchTemplates.checked(QueryTemplate.parse("query($id: ID!) { order(id: $id) { __FIELDS } }", false,
                true))).hasMessageContaining("exactly one variable, a list");
        assertThatThrownBy(() -> BatchTemplates.checked(QueryTemplate.parse("query($ids: [ID]) { a(ids: $ids) { __FIELDS } b }", false,
                true))).hasMessageContaining("exactly one root field");
    }

    private static String print(List<Selection> selections) {
        List<Selection> all = new ArrayList<>(selections);
        OperationDefinition operation = OperationDefinition.newOperationDefinition()
                .operation(OperationDefinition.Operation.QUERY).selectionSet(new SelectionSet(all)).build();
        return AstPrinter.printAstCompact(operation);
    }
}
