package io.skein.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParamsResolverTest {

    private static final String IMAGE = "https://test-imageix.com/product-image.jpg";

    record ImageData(String url) {
    }

    public static class Product {
        private final ImageData imageData;

        Product(ImageData imageData) {
            this.imageData = imageData;
        }

        public ImageData getImageData() {
            return imageData;
        }
    }

    private final QueryParamsResolver thumbnail = QueryParamsResolver.fromPath("imageUrl", thumbnailDefaults());

    @Test
    void addsTheDefaultsInTheirOrderToAUrlWithoutQuery() throws Exception {
        assertThat(thumbnail.get(environment(product(IMAGE), Map.of())))
                .isEqualTo(IMAGE + "?h=128&w=128&fit=min");
    }

    @Test
    void argumentsOverrideDefaultsInPlace() throws Exception {
        Map<String, Object> arguments = ordered("w", 32, "h", 32);

        assertThat(thumbnail.get(environment(product(IMAGE), arguments)))
                .isEqualTo(IMAGE + "?h=32&w=32&fit=min");
    }

    @Test
    void nullArgumentsKeepTheDefault() throws Exception {
        Map<String, Object> arguments = ordered("w", null, "h", 64);

        assertThat(thumbnail.get(environment(product(IMAGE), arguments)))
                .isEqualTo(IMAGE + "?h=64&w=128&fit=min");
    }

    @Test
    void argumentsWithoutDefaultAreAppendedInArgumentOrder() throws Exception {
        Map<String, Object> arguments = ordered("dpr", 2, "w", 64, "q", 75);

        assertThat(thumbnail.get(environment(product(IMAGE), arguments)))
                .isEqualTo(IMAGE + "?h=128&w=64&fit=min&dpr=2&q=75");
    }

    @Test
    void keepsExistingParametersAsWrittenAndAppendsNewOnes() throws Exception {
        String url = IMAGE + "?s=a%2Cb&txt=hello+world";

        assertThat(thumbnail.get(environment(product(url), Map.of())))
                .isEqualTo(url + "&h=128&w=128&fit=min");
    }

    @Test
    void replacesAnExistingParameterAtItsPosition() throws Exception {
        String url = IMAGE + "?auto=format&w=600&fit=crop&s=abc";

        assertThat(thumbnail.get(environment(product(url), Map.of("w", 32))))
                .isEqualTo(IMAGE + "?auto=format&w=32&fit=min&s=abc&h=128");
    }

    @Test
    void replacesAPercentEncodedExistingNameAndDropsItsLaterDuplicates() throws Exception {
        QueryParamsResolver resolver = QueryParamsResolver.fromPath("imageUrl", Map.of("txt font", "Arial"));
        String url = IMAGE + "?txt%20font=Times&w=1&txt%20font=Courier";

        assertThat(resolver.get(environment(product(url), Map.of())))
                .isEqualTo(IMAGE + "?txt%20font=Arial&w=1");
    }

    @Test
    void keepsTheFragmentAtTheEnd() throws Exception {
        assertThat(thumbnail.get(environment(product(IMAGE + "#top"), Map.of("w", 1))))
                .isEqualTo(IMAGE + "?h=128&w=1&fit=min#top");
        assertThat(thumbnail.get(environment(product(IMAGE + "?a=1#top?w=5"), Map.of())))
                .isEqualTo(IMAGE + "?a=1&h=128&w=128&fit=min#top?w=5");
    }

    @Test
    void encodesNamesAndValuesAsRfc3986QueryComponents() throws Exception {
        QueryParamsResolver resolver = QueryParamsResolver.fromPath("imageUrl", Map.of());
        Map<String, Object> arguments = ordered("txt", "Tom & Jerry = 1+1 é", "mark-align", "a_b.c~d/e");

        assertThat(resolver.get(environment(product(IMAGE), arguments)))
                .isEqualTo(IMAGE + "?txt=Tom%20%26%20Jerry%20%3D%201%2B1%20%C3%A9&mark-align=a_b.c~d%2Fe");
    }

    @Test
    void encodesDefaultParameterNames() throws Exception {
        QueryParamsResolver resolver = QueryParamsResolver.fromPath("imageUrl", Map.of("a b&c", "x"));

        assertThat(resolver.get(environment(product(IMAGE), Map.of()))).isEqualTo(IMAGE + "?a%20b%26c=x");
    }

    @Test
    void addsNoExtraSeparatorAfterATrailingQuestionMarkOrAmpersand() throws Exception {
        assertThat(thumbnail.get(environment(product(IMAGE + "?"), Map.of())))
                .isEqualTo(IMAGE + "?h=128&w=128&fit=min");
        assertThat(thumbnail.get(environment(product(IMAGE + "?a=1&"), Map.of())))
                .isEqualTo(IMAGE + "?a=1&h=128&w=128&fit=min");
    }

    @Test
    void leavesTheUrlUntouchedWhenThereAreNoParameters() throws Exception {
        QueryParamsResolver resolver = QueryParamsResolver.fromPath("imageUrl", Map.of());

        assertThat(resolver.get(environment(product(IMAGE), Map.of()))).isEqualTo(IMAGE);
        assertThat(resolver.get(environment(product(IMAGE + "?a=1#x"), Map.of()))).isEqualTo(IMAGE + "?a=1#x");
    }

    @Test
    void rendersIntegralNumbersWithoutDecimals() throws Exception {
        QueryParamsResolver resolver = QueryParamsResolver.fromPath("imageUrl", Map.of());
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("a", 128.0);
        arguments.put("b", new BigDecimal("2.50"));
        arguments.put("c", new BigDecimal("1E+3"));
        arguments.put("d", new BigInteger("12345678901234567890"));
        arguments.put("e", 9_000_000_000L);
        arguments.put("f", 0.5);
        arguments.put("g", 7);
        arguments.put("h", true);

        assertThat(resolver.get(environment(product(IMAGE), arguments)))
                .isEqualTo(IMAGE + "?a=128&b=2.5&c=1000&d=12345678901234567890&e=9000000000&f=0.5&g=7&h=true");
    }

    @Test
    void rendersListsAsCommaSeparatedValues() throws Exception {
        QueryParamsResolver resolver = QueryParamsResolver.fromPath("imageUrl", Map.of());

        assertThat(resolver.get(environment(product(IMAGE), Map.of("auto", List.of("format", "compress")))))
                .isEqualTo(IMAGE + "?auto=format%2Ccompress");
    }

    @Test
    void nullUrlResolvesToNull() throws Exception {
        Map<String, Object> withoutUrl = new HashMap<>();
        withoutUrl.put("imageUrl", null);

        assertThat(thumbnail.get(environment(withoutUrl, Map.of("w", 32)))).isNull();
        assertThat(thumbnail.get(environment(Map.of(), Map.of()))).isNull();
        assertThat(thumbnail.get(environment(null, Map.of()))).isNull();
    }

    @Test
    void readsTheUrlThroughADottedPathOfMapsRecordsAndBeans() throws Exception {
        QueryParamsResolver resolver = QueryParamsResolver.fromPath("product.imageData.url", Map.of("w", 10));
        Map<String, Object> parent = Map.of("product", new Product(new ImageData(IMAGE)));

        assertThat(resolver.get(environment(parent, Map.of()))).isEqualTo(IMAGE + "?w=10");
        assertThat(resolver.urlPath()).contains("product.imageData.url");
    }

    @Test
    void computesTheUrlWithAFunction() throws Exception {
        QueryParamsResolver resolver = QueryParamsResolver.from(
                env -> env.<Map<String, String>>getSource().get("id") + ".jpg", Map.of("w", 10));

        assertThat(resolver.get(environment(Map.of("id", "https://img/7"), Map.of())))
                .isEqualTo("https://img/7.jpg?w=10");
        assertThat(resolver.urlPath()).isEmpty();
    }

    @Test
    void rejectsAnInvalidUrlPathAtConstruction() {
        assertThatThrownBy(() -> QueryParamsResolver.fromPath("image-url", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("image-url");
    }

    private static Map<String, Object> thumbnailDefaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("h", 128);
        defaults.put("w", 128);
        defaults.put("fit", "min");
        return defaults;
    }

    private static Map<String, Object> product(String imageUrl) {
        return Map.of("imageUrl", imageUrl);
    }

    private static Map<String, Object> ordered(String name1, Object value1, String name2, Object value2) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put(name1, value1);
        arguments.put(name2, value2);
        return arguments;
    }

    private static Map<String, Object> ordered(String name1, Object value1, String name2, Object value2,
            String name3, Object value3) {
        Map<String, Object> arguments = ordered(name1, value1, name2, value2);
        arguments.put(name3, value3);
        return arguments;
    }

    private static DataFetchingEnvironment environment(Object source, Map<String, Object> arguments) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(source).arguments(arguments).build();
    }
}
