package io.skein.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationConfigReaderTest {

    private static final String ORDER_QUERY = "query GetOrder($id: ID!) { order(id: $id) { __FIELDS } }";
    private static final String ORDERS_QUERY = "query($ids: [ID!]!) { ordersByIds(ids: $ids) { __FIELDS } }";
    private static final String REVIEWS_QUERY = "query($upcs: [String!]!) { reviewsByProductUpcs(upcs: $upcs) { __FIELDS } }";

    private final Map<String, String> properties = new HashMap<>();

    @BeforeEach
    void configureUpstreams() {
        properties.put("skein.upstreams", "store, reviews");
        properties.put("skein.upstream.store.url", "http://store:8080/graphql");
        properties.put("skein.upstream.reviews.url", "http://reviews:8080/graphql");
    }

    @Test
    void withoutRelationKeysTheConfigurationHasNoRelations() {
        assertThat(read().relations()).isEqualTo(RelationsConfig.NONE);
        assertThat(new SkeinConfig(List.of(), 1, 1).relations()).isSameAs(RelationsConfig.NONE);
    }

    @Test
    void readsAForeignKeyWithEverySetting() {
        foreignKey("order", "CheckoutComplete.order");
        properties.put("skein.foreign-key.order.batch-query", ORDERS_QUERY);
        properties.put("skein.foreign-key.order.forward-headers", "Authorization, X-Tenant");

        ForeignKeyConfig foreignKey = read().relations().foreignKeys().get(0);

        assertThat(foreignKey).isEqualTo(new ForeignKeyConfig("order", "CheckoutComplete", "order", List.of("id"),
                RelationTarget.ofUpstream("store"), ORDER_QUERY, ORDERS_QUERY, List.of("authorization", "x-tenant")));
        assertThat(foreignKey.coordinate()).isEqualTo("CheckoutComplete.order");
    }

    @Test
    void foreignKeyForwardsAuthorizationAndHasNoBatchQueryByDefault() {
        foreignKey("order", "CheckoutComplete.order");

        ForeignKeyConfig foreignKey = read().relations().foreignKeys().get(0);

        assertThat(foreignKey.batchQuery()).isNull();
        assertThat(foreignKey.forwardHeaders()).containsExactly("authorization");
    }

    @ParameterizedTest
    @CsvSource({"true, authorization", "TRUE, authorization", "false, ''", "' X-Tenant , Accept-Language ', x-tenant|accept-language"})
    void forwardHeadersAcceptTrueFalseOrHeaderNames(String configured, String expected) {
        foreignKey("order", "CheckoutComplete.order");
        properties.put("skein.foreign-key.order.forward-headers", configured);
        proxiedField("products", "Query.products");
        properties.put("skein.proxied-field.products.forward-headers", configured);

        RelationsConfig relations = read().relations();

        List<String> headers = expected.isEmpty() ? List.of() : List.of(expected.split("\\|"));
        assertThat(relations.foreignKeys().get(0).forwardHeaders()).isEqualTo(headers);
        assertThat(relations.proxiedFields().get(0).forwardHeaders()).isEqualTo(headers);
    }

    @Test
    void readsAJoinWithEverySetting() {
        join("reviews", "Product.reviews");
        properties.put("skein.join.reviews.definition", "reviews: [Review!]!");
        properties.put("skein.join.reviews.result", "page.reviews");
        properties.put("skein.join.reviews.forward-headers", "false");

        JoinConfig join = read().relations().joins().get(0);

        assertThat(join).isEqualTo(new JoinConfig("reviews", "Product", "reviews", "reviews: [Review!]!", List.of("upc"),
                RelationTarget.ofUpstream("reviews"), REVIEWS_QUERY, "productUpc", "page.reviews", List.of()));
    }

    @Test
    void joinWithoutOptionalSettingsHasNoDefinitionNoResultPathAndForwardsAuthorization() {
        join("reviews", "Product.reviews");

        JoinConfig join = read().relations().joins().get(0);

        assertThat(join.definition()).isNull();
        assertThat(join.result()).isNull();
        assertThat(join.forwardHeaders()).containsExactly("authorization");
    }

    @Test
    void readsAFieldDependency() {
        fieldDependency("thumb", "Product.image");

        assertThat(read().relations().fieldDependencies()).containsExactly(
                new FieldDependencyConfig("thumb", "store", "Product", "image", "{ metadata { thumb } }"));
    }

    @Test
    void readsAnInsertedFieldWithTheQueryParamsResolverKeepingParameterOrder() {
        insertedField("thumbnail");

        InsertedFieldConfig inserted = read().relations().insertedFields().get(0);

        assertThat(inserted.name()).isEqualTo("thumbnail");
        assertThat(inserted.type()).isEqualTo("Product");
        assertThat(inserted.definition()).isEqualTo("thumbnailUrl(w: Int, h: Int): String!");
        assertThat(inserted.resolver()).isEqualTo(InsertedFieldConfig.QUERY_PARAMS);
        assertThat(inserted.url()).isEqualTo("imageUrl");
        assertThat(inserted.params()).containsExactly(Map.entry("h", "128"), Map.entry("w", "128"), Map.entry("fit", "min"));
    }

    @Test
    void insertedFieldWithoutResolverIsLeftToACdiResolver() {
        properties.put("skein.inserted-fields", "greeting");
        properties.put("skein.inserted-field.greeting.type", "Query");
        properties.put("skein.inserted-field.greeting.definition", "greeting: String!");

        assertThat(read().relations().insertedFields()).containsExactly(
                new InsertedFieldConfig("greeting", "Query", "greeting: String!", null, null, Map.of()));
    }

    @Test
    void queryParamsResolverWithoutParamsHasNoDefaultParameters() {
        insertedField("thumbnail");
        properties.remove("skein.inserted-field.thumbnail.params");

        assertThat(read().relations().insertedFields().get(0).params()).isEmpty();
    }

    @Test
    void readsAProxiedFieldThatForwardsNoHeadersByDefault() {
        proxiedField("products", "Query.products");

        assertThat(read().relations().proxiedFields()).containsExactly(
                new ProxiedFieldConfig("products", "Query", "products", RelationTarget.ofUpstream("store"), List.of()));
    }

    @Test
    void readsTheContractExampleOfEveryKindTogetherInListedOrder() {
        foreignKey("order", "CheckoutComplete.order");
        properties.put("skein.foreign-key.order.batch-query", ORDERS_QUERY);
        join("reviews", "Product.reviews");
        fieldDependency("thumb", "Product.image");
        insertedField("thumbnail");
        proxiedField("products", "Query.products");
        properties.put("skein.proxied-field.products.forward-headers", "true");
        properties.put("skein.foreign-keys", "order, customer");
        foreignKey("customer", "CheckoutComplete.customer");
        properties.put("skein.delayed-fields", "Product.thumbnailUrl, Query.greeting");

        RelationsConfig relations = read().relations();

        assertThat(relations.foreignKeys()).extracting(ForeignKeyConfig::name).containsExactly("order", "customer");
        assertThat(relations.joins()).extracting(JoinConfig::coordinate).containsExactly("Product.reviews");
        assertThat(relations.fieldDependencies()).extracting(FieldDependencyConfig::coordinate).containsExactly("Product.image");
        assertThat(relations.insertedFields()).extracting(InsertedFieldConfig::name).containsExactly("thumbnail");
        assertThat(relations.proxiedFields().get(0).forwardHeaders()).containsExactly("authorization");
        assertThat(relations.delayedFields()).containsExactly("Product.thumbnailUrl", "Query.greeting");
    }

    @Test
    void relationTargetCanBeAnEndpointUrlInsteadOfAnUpstream() {
        proxiedField("products", "Query.products");
        properties.remove("skein.proxied-field.products.upstream");
        properties.put("skein.proxied-field.products.url", " https://catalog.example.com/graphql ");

        RelationTarget target = read().relations().proxiedFields().get(0).target();

        assertThat(target.url()).isEqualTo(URI.create("https://catalog.example.com/graphql"));
        assertThat(target.upstream()).isNull();
        assertThat(target.isUpstream()).isFalse();
    }

    @Test
    void readsLocalSchemasFromTheClasspathAndFilesInListedOrder(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("extra.graphqls"), "type Extra { café: String }", StandardCharsets.UTF_8);
        properties.put("skein.local-schemas", "classpath:config/local-test.graphqls, " + file + ", classpath:/config/local-test.graphqls");

        List<LocalSchemaSource> schemas = read().relations().localSchemas();

        assertThat(schemas).extracting(LocalSchemaSource::location)
                .containsExactly("classpath:config/local-test.graphqls", file.toString(), "classpath:/config/local-test.graphqls");
        assertThat(schemas.get(0).sdl()).contains("extend type Query", "\"wörld\"");
        assertThat(schemas.get(1).sdl()).isEqualTo("type Extra { café: String }");
        assertThat(schemas.get(2).sdl()).isEqualTo(schemas.get(0).sdl());
    }

    @Test
    void missingLocalSchemasAreProblemsNamingEachItem(@TempDir Path directory) {
        Path missing = directory.resolve("missing.graphqls");
        properties.put("skein.local-schemas", "classpath:config/missing.graphqls, " + missing + ", classpath:");

        List<ConfigProblem> problems = readInvalid().problems();

        assertThat(problems).extracting(ConfigProblem::key).containsOnly("skein.local-schemas").hasSize(3);
        assertThat(problems.get(0).message()).contains("'classpath:config/missing.graphqls'", "not found");
        assertThat(problems.get(1).message()).contains("'" + missing + "'", "does not exist or cannot be read");
        assertThat(problems.get(2).message()).contains("'classpath:'");
    }

    @Test
    void localSchemaThatIsADirectoryOrNotUtf8IsAProblem(@TempDir Path directory) throws IOException {
        Path latin1 = Files.write(directory.resolve("latin1.graphqls"), new byte[] {'#', ' ', (byte) 0xE9});
        properties.put("skein.local-schemas", directory + "," + latin1);

        List<ConfigProblem> problems = readInvalid().problems();

        assertThat(problems).extracting(ConfigProblem::key).containsExactly("skein.local-schemas", "skein.local-schemas");
        assertThat(problems.get(0).message()).contains("'" + directory + "'");
        assertThat(problems.get(1).message()).contains("'" + latin1 + "'", "UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "skein.delayed-fields | Product | 'Product' is not a Type.field coordinate",
        "skein.foreign-keys | order,Order | 'Order' is not a valid foreign key name",
        "skein.foreign-keys | order,order | 'order' is listed more than once",
        "skein.joins | my-join | 'my-join' is not a valid join name",
        "skein.field-dependencies | a_b | 'a_b' is not a valid field dependency name",
        "skein.inserted-fields | X | 'X' is not a valid inserted field name",
        "skein.proxied-fields | p,p | 'p' is listed more than once",
    })
    void malformedListIsAProblemOfTheListKey(String key, String value, String message) {
        properties.put(key, value);
        properties.put("skein.foreign-key.order.field", "CheckoutComplete.order");
        properties.put("skein.foreign-key.order.on", "id");
        properties.put("skein.foreign-key.order.upstream", "store");
        properties.put("skein.foreign-key.order.query", ORDER_QUERY);

        assertThat(readInvalid().problems()).anySatisfy(problem -> {
            assertThat(problem.key()).isEqualTo(key);
            assertThat(problem.message()).contains(message);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "skein.foreign-key.e.field | | is required: the Type.field coordinate of the field, e.g. CheckoutComplete.order",
        "skein.foreign-key.e.field | CheckoutComplete | 'CheckoutComplete' is not a Type.field coordinate, e.g. CheckoutComplete.order",
        "skein.foreign-key.e.field | A.b.c | 'A.b.c' is not a Type.field coordinate",
        "skein.foreign-key.e.on | | is required: the key field(s) queried in place of the client's selection, e.g. id",
        "skein.foreign-key.e.on | id, order-id | 'order-id' is not a field name, e.g. id",
        "skein.foreign-key.e.query | | is required: a query template with one __FIELDS placeholder, e.g. query GetOrder",
        "skein.foreign-key.e.forward-headers | bad header | 'bad header' is not a valid HTTP header name",
    })
    void malformedForeignKeySettingIsAProblemOfItsKey(String key, String value, String message) {
        foreignKey("e", "CheckoutComplete.order");
        properties.put(key, value == null ? "" : value);

        assertSingleProblem(key, message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "skein.join.e.field | Product | 'Product' is not a Type.field coordinate, e.g. Product.reviews",
        "skein.join.e.key | | is required: the parent's field(s) that hold the key, e.g. upc",
        "skein.join.e.batch-query | | is required: a query template with one list variable",
        "skein.join.e.match | | is required: the field of each item that equals the parent's key, e.g. productUpc",
        "skein.join.e.match | product.upc | 'product.upc' is not a field name, e.g. productUpc",
        "skein.join.e.result | page..reviews | 'page..reviews' is not a dotted path of field names, e.g. reviews",
    })
    void malformedJoinSettingIsAProblemOfItsKey(String key, String value, String message) {
        join("e", "Product.reviews");
        properties.put(key, value == null ? "" : value);

        assertSingleProblem(key, message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "skein.field-dependency.e.upstream | | is required: the upstream the selection is added to, e.g. store",
        "skein.field-dependency.e.upstream | inventory | 'inventory' is not an upstream listed in skein.upstreams (known: store, reviews)",
        "skein.field-dependency.e.field | | is required: the Type.field coordinate of the field, e.g. Product.image",
        "skein.field-dependency.e.query | | is required: the selection to add on the parent, e.g. { metadata { thumb } }",
    })
    void malformedFieldDependencySettingIsAProblemOfItsKey(String key, String value, String message) {
        fieldDependency("e", "Product.image");
        properties.put(key, value == null ? "" : value);

        assertSingleProblem(key, message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "skein.inserted-field.e.type | | is required: the type the field is added to, e.g. Product",
        "skein.inserted-field.e.type | Product.image | 'Product.image' is not a type name, e.g. Product",
        "skein.inserted-field.e.definition | | is required: the SDL of the field, e.g. thumbnailUrl(w: Int, h: Int): String!",
        "skein.inserted-field.e.resolver | thumbnail | 'thumbnail' is not a built-in resolver (built-in: query-params",
        "skein.inserted-field.e.url | | is required: with resolver query-params, the dotted path of the URL on the parent, e.g. imageUrl",
        "skein.inserted-field.e.url | image url | 'image url' is not a dotted path of field names, e.g. imageUrl",
        "skein.inserted-field.e.params | h=128,w | must be name=value pairs separated by commas, e.g. h=128,w=128,fit=min",
    })
    void malformedInsertedFieldSettingIsAProblemOfItsKey(String key, String value, String message) {
        insertedField("e");
        properties.put(key, value == null ? "" : value);

        assertSingleProblem(key, message);
    }

    @ParameterizedTest
    @CsvSource({"url, imageUrl", "params, h=128"})
    void queryParamsSettingWithoutThatResolverIsAProblem(String property, String value) {
        properties.put("skein.inserted-fields", "e");
        properties.put("skein.inserted-field.e.type", "Product");
        properties.put("skein.inserted-field.e.definition", "thumbnailUrl: String");
        properties.put("skein.inserted-field.e." + property, value);

        assertSingleProblem("skein.inserted-field.e." + property,
                "is only used with the built-in resolver: set skein.inserted-field.e.resolver=query-params, or remove it");
    }

    @ParameterizedTest
    @CsvSource({"foreign-key, foreign-keys", "join, joins", "proxied-field, proxied-fields"})
    void relationTargetThatIsMissingIsAProblemNamingBothKeys(String kind, String listKey) {
        entryOfKind(kind, listKey);
        properties.remove("skein." + kind + ".e.upstream");

        assertSingleProblem("skein." + kind + ".e.upstream",
                "is required: name the upstream to fetch from (or set skein." + kind + ".e.url), e.g. store");
    }

    @ParameterizedTest
    @CsvSource({"foreign-key, foreign-keys", "join, joins", "proxied-field, proxied-fields"})
    void relationTargetWithBothUpstreamAndUrlIsAProblem(String kind, String listKey) {
        entryOfKind(kind, listKey);
        properties.put("skein." + kind + ".e.url", "http://other/graphql");

        assertSingleProblem("skein." + kind + ".e.upstream", "is set together with skein." + kind + ".e.url: set only one");
    }

    @ParameterizedTest
    @CsvSource({"foreign-key, foreign-keys", "join, joins", "proxied-field, proxied-fields"})
    void relationTargetNamingAnUnknownUpstreamIsAProblemListingTheKnownOnes(String kind, String listKey) {
        entryOfKind(kind, listKey);
        properties.put("skein." + kind + ".e.upstream", "inventory");

        assertSingleProblem("skein." + kind + ".e.upstream",
                "'inventory' is not an upstream listed in skein.upstreams (known: store, reviews)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ftp://files/graphql | 'ftp://files/graphql' is not an absolute http or https URL",
        "/graphql | '/graphql' is not an absolute http or https URL",
        "http://bad host/graphql | 'http://bad host/graphql' is not a valid URL",
    })
    void relationTargetUrlThatIsNotAnHttpUrlIsAProblem(String url, String message) {
        proxiedField("e", "Query.products");
        properties.remove("skein.proxied-field.e.upstream");
        properties.put("skein.proxied-field.e.url", url);

        assertSingleProblem("skein.proxied-field.e.url", message);
    }

    @Test
    void twoEntriesResolvingOneFieldAreAProblemNamingBoth() {
        foreignKey("order", "CheckoutComplete.order");
        properties.put("skein.foreign-keys", "order, again");
        foreignKey("again", "CheckoutComplete.order");
        join("reviews", "Product.reviews");
        proxiedField("proxy", "Product.reviews");

        List<ConfigProblem> problems = readInvalid().problems();

        assertThat(problems).extracting(ConfigProblem::key)
                .containsExactly("skein.foreign-key.again.field", "skein.proxied-field.proxy.field");
        assertThat(problems.get(0).message()).isEqualTo("CheckoutComplete.order is resolved by both foreign key 'order' and "
                + "foreign key 'again': keep one foreign key, join or proxied field per field");
        assertThat(problems.get(1).message()).startsWith("Product.reviews is resolved by both join 'reviews' and proxied field 'proxy'");
    }

    @Test
    void foreignKeyOnAFieldWithFieldDependenciesIsAProblem() {
        foreignKey("image", "Product.image");
        fieldDependency("thumb", "Product.image");

        assertSingleProblem("skein.foreign-key.image.field", "Foreign key 'image' can't be created for Product.image "
                + "because field dependency 'thumb' was previously defined for it: remove one of them");
    }

    @Test
    void relationProblemsAreReportedTogetherWithUpstreamProblems() {
        properties.remove("skein.upstream.reviews.url");
        foreignKey("order", "CheckoutComplete.order");
        properties.remove("skein.foreign-key.order.query");
        properties.put("skein.delayed-fields", "Product");
        insertedField("thumbnail");
        properties.put("skein.inserted-field.thumbnail.resolver", "resize");

        InvalidConfigurationException error = readInvalid();

        assertThat(error.problems()).extracting(ConfigProblem::key).containsExactlyInAnyOrder(
                "skein.upstream.reviews.url", "skein.foreign-key.order.query", "skein.delayed-fields",
                "skein.inserted-field.thumbnail.resolver");
        assertThat(error.getMessage()).contains("4 problems");
    }

    private void entryOfKind(String kind, String listKey) {
        switch (listKey) {
            case "foreign-keys" -> foreignKey("e", "CheckoutComplete.order");
            case "joins" -> join("e", "Product.reviews");
            default -> proxiedField("e", "Query.products");
        }
        properties.put("skein." + kind + ".e.upstream", "store");
    }

    private void foreignKey(String name, String coordinate) {
        properties.putIfAbsent("skein.foreign-keys", name);
        properties.put("skein.foreign-key." + name + ".field", coordinate);
        properties.put("skein.foreign-key." + name + ".on", "id");
        properties.put("skein.foreign-key." + name + ".upstream", "store");
        properties.put("skein.foreign-key." + name + ".query", ORDER_QUERY);
    }

    private void join(String name, String coordinate) {
        properties.put("skein.joins", name);
        properties.put("skein.join." + name + ".field", coordinate);
        properties.put("skein.join." + name + ".key", "upc");
        properties.put("skein.join." + name + ".upstream", "reviews");
        properties.put("skein.join." + name + ".batch-query", REVIEWS_QUERY);
        properties.put("skein.join." + name + ".match", "productUpc");
    }

    private void fieldDependency(String name, String coordinate) {
        properties.put("skein.field-dependencies", name);
        properties.put("skein.field-dependency." + name + ".upstream", "store");
        properties.put("skein.field-dependency." + name + ".field", coordinate);
        properties.put("skein.field-dependency." + name + ".query", "{ metadata { thumb } }");
    }

    private void insertedField(String name) {
        properties.put("skein.inserted-fields", name);
        properties.put("skein.inserted-field." + name + ".type", "Product");
        properties.put("skein.inserted-field." + name + ".definition", "thumbnailUrl(w: Int, h: Int): String!");
        properties.put("skein.inserted-field." + name + ".resolver", "query-params");
        properties.put("skein.inserted-field." + name + ".url", "imageUrl");
        properties.put("skein.inserted-field." + name + ".params", "h=128,w=128,fit=min");
    }

    private void proxiedField(String name, String coordinate) {
        properties.put("skein.proxied-fields", name);
        properties.put("skein.proxied-field." + name + ".field", coordinate);
        properties.put("skein.proxied-field." + name + ".upstream", "store");
    }

    private void assertSingleProblem(String key, String message) {
        assertThat(readInvalid().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo(key);
            assertThat(problem.message()).contains(message);
        });
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
}
