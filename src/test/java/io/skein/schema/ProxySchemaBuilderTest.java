package io.skein.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.skein.SkeinException;
import io.skein.config.SchemaFilter;
import io.skein.config.UpstreamConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxySchemaBuilderTest {

    private final List<String> reads = new ArrayList<>();
    private final SchemaLoader remote = upstream -> {
        reads.add(upstream.name());
        return SchemaSources.fromSdl(upstream, "type Query { " + upstream.name() + ": String }");
    };
    private final ProxySchemaBuilder builder = new ProxySchemaBuilder(
            List.of(UpstreamConfig.of("store", URI.create("http://store.test/graphql"))), remote);

    @Test
    void addsSubSchemasAfterTheConfiguredOnesInMergeOrder() {
        String remoteId = builder.addRemoteSchema("http://reviews.test/graphql", SchemaFilter.newFilter().queries("reviews").build());
        String localId = builder.addSchema(schema("type Query { greeting: String }"));

        assertThat(remoteId).isEqualTo("remote1");
        assertThat(localId).isEqualTo("local1");
        assertThat(builder.upstreams()).extracting(UpstreamConfig::name).containsExactly("store", "remote1", "local1");
        assertThat(builder.upstreams().get(1).filter().queries()).contains(List.of("reviews"));
        assertThat(builder.localSchemas()).containsOnlyKeys("local1");
    }

    @Test
    void readsARemoteSubSchemaOnceAndReusesItForTheMerge() {
        GraphQLSchema store = builder.getSubSchema("store");

        assertThat(store.getQueryType().getFieldDefinition("store")).isNotNull();
        assertThat(builder.loader().load(builder.upstreams().get(0)).schema()).isSameAs(store);
        assertThat(reads).containsExactly("store");
    }

    @Test
    void givesALocalSubSchemaAsItWasAdded() {
        GraphQLSchema local = schema("type Query { greeting: String }");
        String id = builder.addSchema(local);

        assertThat(builder.getSubSchema(id)).isSameAs(local);
        assertThat(builder.loader().load(builder.upstreams().get(1)).schema()).isSameAs(local);
        assertThat(reads).isEmpty();
    }

    @Test
    void refusesASecondUpstreamOfTheSameNameAndUnknownIds() {
        assertThatThrownBy(() -> builder.addRemoteSchema(UpstreamConfig.of("store", URI.create("http://other.test/graphql"))))
                .isInstanceOf(SkeinException.class).hasMessageContaining("'store'");
        assertThatThrownBy(() -> builder.addRemoteSchema(UpstreamConfig.of("Bad-Name", URI.create("http://other.test/graphql"))))
                .isInstanceOf(SkeinException.class).hasMessageContaining("not a valid upstream name");
        assertThatThrownBy(() -> builder.getSubSchema("nope")).isInstanceOf(SkeinException.class).hasMessageContaining("'nope'");
    }

    @Test
    void generatedIdsSkipNamesAlreadyTaken() {
        ProxySchemaBuilder withRemote1 = new ProxySchemaBuilder(
                List.of(UpstreamConfig.of("remote1", URI.create("http://one.test/graphql"))), remote);

        assertThat(withRemote1.addRemoteSchema("http://two.test/graphql")).isEqualTo("remote2");
    }

    private static GraphQLSchema schema(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }
}
