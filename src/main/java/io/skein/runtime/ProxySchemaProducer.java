package io.skein.runtime;

import graphql.schema.GraphQLSchema;
import io.skein.config.ConfigReader;
import io.skein.config.SkeinConfig;
import io.skein.config.UpstreamConfig;
import io.skein.execution.GraphStatus;
import io.skein.execution.LocalSchemaClient;
import io.skein.execution.ProxyGraph;
import io.skein.execution.UpstreamClient;
import io.skein.relation.ConfiguredRelations;
import io.skein.relation.RelationSpecs;
import io.skein.schema.MergedSchema;
import io.skein.schema.ProxySchemaBuilder;
import io.skein.schema.SchemaAssembly;
import io.skein.upstream.HttpUpstreamClient;
import io.skein.upstream.RemoteSchemaLoader;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Assembles the merged graph from MicroProfile Config when the application starts, after firing a
 * {@link ProxySchemaBuilder} event through which application code adds remote APIs, local
 * executable schemas and relations; methods of CDI beans annotated
 * {@link io.skein.relation.Resolver} become field resolvers before the event. Invalid
 * configuration fails the deployment with every problem listed; upstreams that cannot be read yet
 * are retried in the background while {@link #status()} reports what is missing.
 */
@ApplicationScoped
public class ProxySchemaProducer {

    private static final Logger LOG = Logger.getLogger(ProxySchemaProducer.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(15);

    @Inject
    Config config;

    @Inject
    Event<ProxySchemaBuilder> customizations;

    @Inject
    BeanManager beans;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private SkeinConfig skeinConfig;
    private List<UpstreamConfig> upstreams;
    private Map<String, GraphQLSchema> localSchemas;
    private RelationSpecs relations;
    private SchemaAssembly assembly;
    private final HttpClient http = HttpUpstreamClient.newHttpClient();
    private volatile ProxyGraph graph;

    void onStartup(@Observes Startup startup) {
        skeinConfig = ConfigReader.read(key -> config.getOptionalValue(key, String.class));
        relations = ConfiguredRelations.specs(skeinConfig.relations());
        ResolverBeans.register(beans, relations);
        ProxySchemaBuilder builder = new ProxySchemaBuilder(skeinConfig.upstreams(), new RemoteSchemaLoader(), relations);
        customizations.fire(builder);
        upstreams = builder.upstreams();
        localSchemas = builder.localSchemas();
        assembly = new SchemaAssembly(upstreams, builder.loader(), scheduler, FIRST_RETRY, LONGEST_RETRY, this::serve);
        assembly.start();
    }

    private void serve(MergedSchema merged) {
        UpstreamClient client = new LocalSchemaClient(localSchemas, new HttpUpstreamClient(http));
        graph = ProxyGraph.create(merged, client, skeinConfig.documentCacheSize(), relations);
        LOG.info(() -> "Skein serves the merged graph of " + merged.upstreams().size() + " upstreams");
    }

    /**
     * The configuration, read and validated at start-up.
     */
    @Produces
    public SkeinConfig skeinConfig() {
        return skeinConfig;
    }

    /**
     * Whether the merged graph is built, and if not, why (upstreams named by their labels).
     */
    public GraphStatus status() {
        ProxyGraph current = graph;
        if (current != null) {
            return new GraphStatus.Ready(current);
        }
        if (assembly.failure().isPresent()) {
            return new GraphStatus.NotReady("Skein cannot serve a graph: " + assembly.failure().get(), List.of());
        }
        List<String> waiting = assembly.waitingFor().stream()
                .map(name -> upstreams.stream().filter(upstream -> upstream.name().equals(name)).findFirst()
                        .map(UpstreamConfig::label).orElse(name))
                .toList();
        if (waiting.isEmpty()) {
            return new GraphStatus.NotReady("Skein is starting: the merged graph is being built", waiting);
        }
        String names = waiting.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
        return new GraphStatus.NotReady("Skein is starting: the schema of upstream " + names + " could not be read yet", waiting);
    }

    @PreDestroy
    void stop() {
        if (assembly != null) {
            assembly.stop();
        }
    }
}
