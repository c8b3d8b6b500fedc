package io.skein.golden;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.language.AstPrinter;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.skein.execution.ProxyGraph;
import io.skein.execution.ProxyRequest;
import io.skein.execution.UpstreamRequest;
import io.skein.schema.SchemaMerger;
import io.skein.schema.UpstreamSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden fixtures for planning and response assembly: each folder under
 * {@code src/test/resources/golden/} holds upstream SDLs and their configuration, a client request,
 * the operations expected to reach each upstream, canned upstream responses and the expected client
 * response. The format is described in that folder's {@code README.md}.
 */
class GoldenFixtureTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upstreamOperationsAndClientResponseMatchTheFixture(String caseName) {
        GoldenFixture fixture = GoldenFixture.load(root().resolve(caseName));
        RecordingUpstreamClient client = new RecordingUpstreamClient(fixture);
        ProxyGraph graph = ProxyGraph.create(SchemaMerger.merge(fixture.upstreams()), client, 100);

        ExecutionResult result = graph.execute(
                new ProxyRequest(fixture.query(), fixture.operationName(), fixture.variables(), null, null)).join();

        assertUpstreamOperations(fixture, client);
        assertSendOrder(fixture, client.requests());
        assertClientResponse(fixture, result);
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    /**
     * The fixtures are read from the source tree, not from the copy in {@code target/test-classes},
     * which keeps files deleted from a fixture until the next clean build.
     */
    private static Path root() {
        return Path.of(System.getProperty("basedir", ""), "src", "test", "resources", "golden");
    }

    private static void assertUpstreamOperations(GoldenFixture fixture, RecordingUpstreamClient client) {
        Set<String> upstreams = new LinkedHashSet<>();
        fixture.upstreams().forEach(upstream -> upstreams.add(upstream.name()));
        fixture.expectedOperations().keySet().forEach(upstreams::add);
        for (String upstream : upstreams) {
            List<UpstreamRequest> sent = client.requestsTo(upstream);
            List<ExpectedOperation> expected = fixture.expectedOperations(upstream);
            assertDocuments(fixture.name(), upstream, expected, sent);
            for (int i = 0; i < sent.size(); i++) {
                assertVariables(fixture.name(), upstream, i + 1, expected.get(i), sent.get(i));
                assertValidForUpstream(fixture, sent.get(i));
            }
        }
    }

    private static void assertDocuments(String caseName, String upstream, List<ExpectedOperation> expected, List<UpstreamRequest> sent) {
        List<String> expectedDocuments = expected.stream().map(operation -> compact(operation.document())).toList();
        List<String> sentDocuments = sent.stream().map(request -> compact(request.query())).toList();
        assertThat(sentDocuments)
                .withFailMessage("%s: operations sent to upstream '%s'%nexpected:%n%s%nactual:%n%s", caseName, upstream,
                        pretty(expected.stream().map(ExpectedOperation::document).toList()),
                        pretty(sent.stream().map(UpstreamRequest::query).toList()))
                .isEqualTo(expectedDocuments);
    }

    private static void assertVariables(String caseName, String upstream, int number, ExpectedOperation expected,
                                        UpstreamRequest sent) {
        assertThat(JsonValues.normalise(sent.variables()))
                .withFailMessage("%s: variables of operation %d sent to upstream '%s'%nexpected: %s%nactual:   %s", caseName, number,
                        upstream, JsonValues.print(expected.variables()), JsonValues.print(sent.variables()))
                .isEqualTo(JsonValues.normalise(expected.variables()));
        String documentName = Parser.parse(sent.query()).getDefinitionsOfType(OperationDefinition.class).get(0).getName();
        assertThat(sent.operationName())
                .as("%s: operation name sent to upstream '%s' with operation %d", caseName, upstream, number)
                .isEqualTo(documentName);
    }

    /**
     * The upstream would reject an operation that is not valid for its own schema.
     */
    private static void assertValidForUpstream(GoldenFixture fixture, UpstreamRequest sent) {
        UpstreamSchema upstream = fixture.upstream(sent.upstream().name()).orElseThrow();
        List<? extends GraphQLError> errors = ParseAndValidate.validate(upstream.schema(), Parser.parse(sent.query()));
        assertThat(errors)
                .withFailMessage("%s: the operation sent to upstream '%s' is not valid for its schema: %s%n%s", fixture.name(),
                        upstream.name(), errors, pretty(List.of(sent.query())))
                .isEmpty();
    }

    private static void assertSendOrder(GoldenFixture fixture, List<UpstreamRequest> sent) {
        fixture.sendOrder().ifPresent(order -> assertThat(sent.stream().map(request -> request.upstream().name()).toList())
                .as("%s: upstreams in the order their operations were sent", fixture.name())
                .isEqualTo(order));
    }

    private static void assertClientResponse(GoldenFixture fixture, ExecutionResult result) {
        Object actual = result.toSpecification();
        assertThat(JsonValues.normalise(actual))
                .withFailMessage("%s: client response%nexpected: %s%nactual:   %s", fixture.name(),
                        JsonValues.print(fixture.expectedResponse()), JsonValues.print(actual))
                .isEqualTo(JsonValues.normalise(fixture.expectedResponse()));
    }

    private static String compact(String document) {
        return AstPrinter.printAstCompact(Parser.parse(document));
    }

    private static String pretty(List<String> documents) {
        if (documents.isEmpty()) {
            return "  (nothing sent)";
        }
        return documents.stream()
                .map(Parser::parse)
                .map(AstPrinter::printAst)
                .collect(Collectors.joining("\n---\n"));
    }
}
