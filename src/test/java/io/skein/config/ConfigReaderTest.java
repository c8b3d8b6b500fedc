package io.skein.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigReaderTest {

    private final Map<String, String> properties = new HashMap<>();

    @Test
    void readsUpstreamsInListedOrderWithDefaults() {
        properties.put("skein.upstreams", "store, reviews");
        properties.put("skein.upstream.store.url", "http://store:8080/graphql");
        properties.put("skein.upstream.reviews.url", "https://reviews.example.com/graphql");

        SkeinConfig config = read();

        assertThat(config.upstreams()).extracting(UpstreamConfig::name).containsExactly("store", "reviews");
        UpstreamConfig store = config.upstream("store").orElseThrow();
        assertThat(store.url()).isEqualTo(URI.create("http://store:8080/graphql"));
        assertThat(store.schema()).isEmpty();
        assertThat(store.headers()).isEmpty();
        assertThat(store.forwardHeaders()).isEmpty();
        assertThat(store.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(store.label()).isEqualTo("store");
    }

    @Test
    void readsEverySettingOfAnUpstream(@TempDir Path directory) throws IOException {
        Path sdl = Files.writeString(directory.resolve("store.graphqls"), "type Query { hello: String }");
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store:8080/graphql");
        properties.put("skein.upstream.store.schema", sdl.toString());
        properties.put("skein.upstream.store.headers", "Authorization=Bearer abc, X-Tenant=acme");
        properties.put("skein.upstream.store.forward-headers", "X-Request-Id, Accept-Language");
        properties.put("skein.upstream.store.timeout", "2500ms");
        properties.put("skein.upstream.store.label", " Store API ");

        UpstreamConfig store = read().upstream("store").orElseThrow();

        assertThat(store.schema()).contains(sdl);
        assertThat(store.headers()).containsExactly(Map.entry("Authorization", "Bearer abc"), Map.entry("X-Tenant", "acme"));
        assertThat(store.forwardHeaders()).containsExactly("x-request-id", "accept-language");
        assertThat(store.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(store.label()).isEqualTo("Store API");
    }

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "5s, PT5S", "2m, PT2M", "1h, PT1H", "PT5S, PT5S", " 5 s , PT5S"})
    void readsTimeoutsInShortAndIsoForms(String configured, String expected) {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store.timeout", configured);

        assertThat(read().upstream("store").orElseThrow().timeout()).isEqualTo(Duration.parse(expected));
    }

    @Test
    void escapedCommaStaysInsideAHeaderValue() {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store.headers", "Accept-Language=en\\,fr, X-Tenant=acme");

        assertThat(read().upstream("store").orElseThrow().headers())
                .containsExactly(Map.entry("Accept-Language", "en,fr"), Map.entry("X-Tenant", "acme"));
    }

    @Test
    void listSplitsOnUnescapedCommasTrimsAndDropsEmptyItems() {
        assertThat(ConfigSyntax.list(" a\\,b , ,c,")).containsExactly("a,b", "c");
    }

    @Test
    void missingUpstreamsIsReportedUnderItsKey() {
        InvalidConfigurationException error = readInvalid();

        assertThat(error.problems()).extracting(ConfigProblem::key).containsExactly("skein.upstreams");
        assertThat(error.getMessage()).contains("skein.upstreams");
    }

    @Test
    void upstreamsListingOnlyCommasCountsAsMissing() {
        properties.put("skein.upstreams", " , ");

        assertThat(readInvalid().problems()).extracting(ConfigProblem::key).containsExactly("skein.upstreams");
    }

    @Test
    void upstreamListedTwiceIsAProblem() {
        properties.put("skein.upstreams", "store,store");
        properties.put("skein.upstream.store.url", "http://store/graphql");

        assertThat(readInvalid().problems())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.key()).isEqualTo("skein.upstreams");
                    assertThat(problem.message()).contains("'store'").contains("more than once");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "-5s", "PT-5S", "soon", "1.5s"})
    void timeoutThatIsNotAPositiveDurationIsAProblem(String timeout) {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store.timeout", timeout);

        assertThat(readInvalid().problems()).extracting(ConfigProblem::key).containsExactly("skein.upstream.store.timeout");
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsKey() {
        properties.put("skein.upstreams", "Bad_Name, nourl, ftp, slow, hdr, sdl");
        properties.put("skein.upstream.ftp.url", "ftp://files.example.com/graphql");
        properties.put("skein.upstream.slow.url", "http://slow/graphql");
        properties.put("skein.upstream.slow.timeout", "soon");
        properties.put("skein.upstream.hdr.url", "http://hdr/graphql");
        properties.put("skein.upstream.hdr.headers", "Authorization");
        properties.put("skein.upstream.sdl.url", "http://sdl/graphql");
        properties.put("skein.upstream.sdl.schema", "/does/not/exist/schema.graphqls");

        InvalidConfigurationException error = readInvalid();

        List<String> keys = List.of(
                "skein.upstreams",
                "skein.upstream.nourl.url",
                "skein.upstream.ftp.url",
                "skein.upstream.slow.timeout",
                "skein.upstream.hdr.headers",
                "skein.upstream.sdl.schema");
        assertThat(error.problems()).extracting(ConfigProblem::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(error.getMessage()).contains(keys).contains("6 problems");
        assertThat(error.problems()).filteredOn(problem -> problem.key().equals("skein.upstreams"))
                .singleElement().extracting(ConfigProblem::message).asString().contains("'Bad_Name'");
    }

    @Test
    void invalidHeaderNamesAreProblems() {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store.headers", "Bad Header=x");
        properties.put("skein.upstream.store.forward-headers", "X-Ok, bad:name");

        assertThat(readInvalid().problems()).extracting(ConfigProblem::key)
                .containsExactly("skein.upstream.store.headers", "skein.upstream.store.forward-headers");
    }

    @Test
    void readsTheSchemaFilterOfAnUpstream() {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store.queries", "products, product");
        properties.put("skein.upstream.store.mutations", "setPrice");
        properties.put("skein.upstream.store.exclude-types", "Secret, Audit");
        properties.put("skein.upstream.store.exclude-fields", "Product.cost, Status.RETIRED, ProductFilter.internal, Mutation.products");
        properties.put("skein.upstream.store.exclude-args", "Query.products.debug");
        properties.put("skein.upstream.store.exclude-directives", "@internal, cost");
        properties.put("skein.upstream.store.exclude-directive-args", "cost.weight, @auth.scope");
        properties.put("skein.upstream.store.extra-fields", "Product.sku, Product._version");

        SchemaFilter filter = read().upstream("store").orElseThrow().filter();

        assertThat(filter.queries()).contains(List.of("products", "product"));
        assertThat(filter.mutations()).contains(List.of("setPrice"));
        assertThat(filter.excludeTypes()).containsExactly("Secret", "Audit");
        assertThat(filter.excludeFields()).containsExactly("Product.cost", "Status.RETIRED", "ProductFilter.internal", "Mutation.products");
        assertThat(filter.excludeArguments()).containsExactly("Query.products.debug");
        assertThat(filter.excludeDirectives()).containsExactly("internal", "cost");
        assertThat(filter.excludeDirectiveArguments()).containsExactly("cost.weight", "auth.scope");
        assertThat(filter.extraFields()).containsExactly("Product.sku", "Product._version");
    }

    @Test
    void upstreamWithoutFilterKeysKeepsEverythingAndProxiesErrorsAndExtensions() {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");

        UpstreamConfig store = read().upstream("store").orElseThrow();

        assertThat(store.filter().isEmpty()).isTrue();
        assertThat(store.filter().queries()).isEmpty();
        assertThat(store.filter().mutations()).isEmpty();
        assertThat(store.proxyErrors()).isTrue();
        assertThat(store.proxyExtensions()).isTrue();
    }

    @Test
    void onlyMutationsListedLeavesTheQueriesUnrestricted() {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store.mutations", "setPrice");

        SchemaFilter filter = read().upstream("store").orElseThrow().filter();

        assertThat(filter.queries()).isEmpty();
        assertThat(filter.mutations()).contains(List.of("setPrice"));
    }

    @ParameterizedTest
    @CsvSource({"false, true, false, true", "FALSE, True, false, true", " true , false , true, false"})
    void readsWhetherUpstreamErrorsAndExtensionsAreProxied(String errors, String extensions, boolean proxyErrors,
                                                         boolean proxyExtensions) {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store.proxy-errors", errors);
        properties.put("skein.upstream.store.proxy-extensions", extensions);

        UpstreamConfig store = read().upstream("store").orElseThrow();

        assertThat(store.proxyErrors()).isEqualTo(proxyErrors);
        assertThat(store.proxyExtensions()).isEqualTo(proxyExtensions);
    }

    @ParameterizedTest
    @CsvSource({
        "exclude-types, Product.name",
        "exclude-types, 1Product",
        "exclude-fields, Product",
        "exclude-fields, Product.name.first",
        "exclude-fields, Product.",
        "exclude-fields, .name",
        "exclude-fields, Product.na-me",
        "exclude-args, Query.products",
        "exclude-args, Query..first",
        "exclude-directives, cost.weight",
        "exclude-directives, @",
        "exclude-directive-args, cost",
        "exclude-directive-args, @cost.weight.unit",
        "extra-fields, Product",
        "extra-fields, @Product.sku",
        "queries, Query.products",
        "mutations, set-price",
        "proxy-errors, yes",
        "proxy-extensions, 1",
    })
    void malformedFilterOrProxySettingIsAProblemOfItsKey(String key, String value) {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store." + key, value);

        assertThat(readInvalid().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("skein.upstream.store." + key);
            assertThat(problem.message()).contains("'" + value.trim() + "'");
        });
    }

    @Test
    void rootFieldKeptAndExcludedAtOnceIsAProblemOfItsKey() {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store.queries", "products, product");
        properties.put("skein.upstream.store.mutations", "setPrice");
        properties.put("skein.upstream.store.exclude-fields", "Query.product, Mutation.setPrice, Product.name");

        InvalidConfigurationException error = readInvalid();

        assertThat(error.problems()).extracting(ConfigProblem::key)
                .containsExactly("skein.upstream.store.queries", "skein.upstream.store.mutations");
        assertThat(error.problems().get(0).message()).contains("'product'", "Query.product");
        assertThat(error.problems().get(1).message()).contains("'setPrice'", "Mutation.setPrice");
    }

    @Test
    void everyMalformedFilterSettingIsReportedAtOnce() {
        properties.put("skein.upstreams", "store, reviews");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store.exclude-fields", "Product.name, Product");
        properties.put("skein.upstream.store.proxy-errors", "no");
        properties.put("skein.upstream.reviews.url", "http://reviews/graphql");
        properties.put("skein.upstream.reviews.exclude-args", "Query.reviews");

        assertThat(readInvalid().problems()).extracting(ConfigProblem::key).containsExactlyInAnyOrder(
                "skein.upstream.store.exclude-fields", "skein.upstream.store.proxy-errors", "skein.upstream.reviews.exclude-args");
    }

    private SkeinConfig read() {
        return ConfigReader.read(this::value);
    }

    private InvalidConfigurationException readInvalid() {
        InvalidConfigurationException error = catchThrowableOfType(InvalidConfigurationException.class, this::read);
        assertThat(error).as("the configuration is rejected").isNotNull();
        return error;
    }

    private Optional<String> value(String key) {
        return Optional.ofNullable(properties.get(key)).filter(value -> !value.isEmpty());
    }

    @Test
    void reportsATimeoutTooLargeToRepresentAsAProblemOfItsKey() {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store.timeout", "99999999999999999999s");

        assertThatThrownBy(this::read)
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("skein.upstream.store.timeout");
    }

    @Test
    void fallsBackToTheNameWhenTheLabelIsBlank() {
        properties.put("skein.upstreams", "store");
        properties.put("skein.upstream.store.url", "http://store/graphql");
        properties.put("skein.upstream.store.label", "   ");

        assertThat(read().upstream("store").orElseThrow().label()).isEqualTo("store");
    }
}
