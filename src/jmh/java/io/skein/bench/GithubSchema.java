package io.skein.bench;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FieldDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.skein.config.SchemaFilter;
import io.skein.config.UpstreamConfig;
import io.skein.schema.SchemaSources;
import io.skein.schema.UpstreamSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GitHub's public GraphQL schema (npm package {@code @octokit/graphql-schema}) split across three
 * upstreams by their root fields: {@code repos}, {@code users} and {@code search}. Each keeps
 * {@code Query.id}, since GitHub's {@code Query} implements {@code Node}.
 */
final class GithubSchema {

    /** The system property naming the SDL file; bench/run-jmh.sh downloads it there. */
    static final String SCHEMA_PROPERTY = "skein.bench.schema";
    static final String DEFAULT_SCHEMA = "target/bench/schema.graphql";

    static final UpstreamConfig REPOS = upstream("repos",
            List.of("id", "repository", "repositoryOwner", "topic", "license", "licenses", "codeOfConduct", "codesOfConduct"),
            List.of("createIssue", "updateIssue", "closeIssue", "createPullRequest", "mergePullRequest", "addComment"));
    static final UpstreamConfig USERS = upstream("users",
            List.of("id", "user", "organization", "viewer", "enterprise", "sponsorables"),
            List.of("followUser", "unfollowUser", "changeUserStatus"));
    static final UpstreamConfig SEARCH = upstream("search",
            List.of("id", "search", "node", "nodes", "rateLimit", "meta", "resource", "relay", "securityAdvisories",
                    "securityAdvisory", "securityVulnerabilities", "marketplaceListings", "marketplaceListing"),
            List.of("addStar", "removeStar"));

    private GithubSchema() {
    }

    /**
     * The schema text, with the duplicate field definitions that GitHub's SDL contains (and
     * graphql-java rejects) removed.
     */
    static String readSdl() {
        Path path = Path.of(System.getProperty(SCHEMA_PROPERTY, DEFAULT_SCHEMA));
        try {
            return withUniqueFieldNames(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the GitHub schema at " + path.toAbsolutePath()
                    + "; bench/run-jmh.sh downloads it", e);
        }
    }

    /**
     * The three upstream schemas, in merge order.
     */
    static List<UpstreamSchema> upstreamSchemas(String sdl) {
        return List.of(SchemaSources.fromSdl(REPOS, sdl), SchemaSources.fromSdl(USERS, sdl), SchemaSources.fromSdl(SEARCH, sdl));
    }

    private static UpstreamConfig upstream(String name, List<String> queries, List<String> mutations) {
        SchemaFilter filter = new SchemaFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Optional.of(queries), Optional.of(mutations), Set.of());
        return UpstreamConfig.newUpstream(name, URI.create("http://127.0.0.1:1/" + name + "/graphql")).filter(filter).build();
    }

    /**
     * GitHub's {@code EnterpriseOwnerInfo} declares two fields twice; the first of each name is kept.
     */
    static String withUniqueFieldNames(String sdl) {
        Document document = Parser.parse(ParserEnvironment.newParserEnvironment()
                .document(sdl)
                .parserOptions(ParserOptions.getDefaultSdlParserOptions())
                .build());
        List<Definition> definitions = new ArrayList<>();
        for (Definition<?> definition : document.getDefinitions()) {
            definitions.add(withUniqueFields(definition));
        }
        return AstPrinter.printAst(document.transform(builder -> builder.definitions(definitions)));
    }

    private static Definition<?> withUniqueFields(Definition<?> definition) {
        if (definition instanceof ObjectTypeDefinition object) {
            return object.transform(builder -> builder.fieldDefinitions(unique(object.getFieldDefinitions())));
        }
        if (definition instanceof InterfaceTypeDefinition iface) {
            return iface.transform(builder -> builder.definitions(unique(iface.getFieldDefinitions())));
        }
        return definition;
    }

    private static List<FieldDefinition> unique(List<FieldDefinition> fields) {
        Map<String, FieldDefinition> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.putIfAbsent(field.getName(), field));
        return new ArrayList<>(byName.values());
    }
}
