package io.skein.golden;

import io.skein.config.ConfigReader;
import io.skein.config.SkeinConfig;
import io.skein.config.UpstreamConfig;
import io.skein.schema.SchemaSources;
import io.skein.schema.UpstreamSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One golden case, read from its folder (see {@code src/test/resources/golden/README.md}):
 * the upstreams with their configuration, the client request, the operations expected to reach
 * each upstream, the upstreams' canned responses and the expected client response.
 *
 * @param upstreams          the upstreams' schemas in merge order, configured through {@link ConfigReader}
 * @param expectedOperations per upstream name, the operations expected in send order (absent: none)
 * @param sendOrder          the upstream names in the order their operations are sent, when the case fixes it
 * @param responses          per upstream name, canned responses by call number (1, 2...), 0 for every call
 */
record GoldenFixture(
        String name,
        List<UpstreamSchema> upstreams,
        String query,
        String operationName,
        Map<String, Object> variables,
        Map<String, List<ExpectedOperation>> expectedOperations,
        Optional<List<String>> sendOrder,
        Map<String, Map<Integer, Map<String, Object>>> responses,
        Map<String, Object> expectedResponse) {

    private static final Pattern UPSTREAM_SDL = Pattern.compile("\\d+-([a-z0-9]+)\\.graphql");
    private static final Pattern OPERATION = Pattern.compile("([a-z0-9]+)(?:\\.(\\d+))?\\.graphql");
    private static final Pattern NUMBERED_JSON = Pattern.compile("([a-z0-9]+)(?:\\.(\\d+))?\\.json");
    private static final String SEND_ORDER = "send-order.txt";

    static GoldenFixture load(Path folder) {
        Map<String, Object> request = optionalObject(folder.resolve("request.json"));
        return new GoldenFixture(
                folder.getFileName().toString(),
                upstreams(folder.resolve("upstreams")),
                read(folder.resolve("request.graphql")),
                (String) request.get("operationName"),
                variables(request),
                expectedOperations(folder.resolve("expected")),
                sendOrder(folder.resolve("expected").resolve(SEND_ORDER)),
                responses(folder.resolve("responses")),
                JsonValues.readObject(folder.resolve("expected-response.json")));
    }

    /**
     * The canned response to the upstream's {@code call}-th request (counted from 1).
     */
    Optional<Map<String, Object>> response(String upstream, int call) {
        Map<Integer, Map<String, Object>> byCall = responses.getOrDefault(upstream, Map.of());
        return Optional.ofNullable(byCall.getOrDefault(call, byCall.get(0)));
    }

    List<ExpectedOperation> expectedOperations(String upstream) {
        return expectedOperations.getOrDefault(upstream, List.of());
    }

    Optional<UpstreamSchema> upstream(String name) {
        return upstreams.stream().filter(upstream -> upstream.name().equals(name)).findFirst();
    }

    private static List<UpstreamSchema> upstreams(Path folder) {
        Map<String, String> sdlByUpstream = new LinkedHashMap<>();
        Map<String, String> config = new LinkedHashMap<>();
        for (Path file : files(folder)) {
            Matcher matcher = UPSTREAM_SDL.matcher(file.getFileName().toString());
            if (!matcher.matches()) {
                continue;
            }
            String name = matcher.group(1);
            sdlByUpstream.put(name, read(file));
            config.put("skein.upstream." + name + ".url", "http://" + name + ".test/graphql");
            properties(folder.resolve(file.getFileName().toString().replace(".graphql", ".properties")))
                    .forEach((key, value) -> config.put("skein.upstream." + name + "." + key, value));
        }
        config.put(ConfigReader.UPSTREAMS, String.join(",", sdlByUpstream.keySet()));
        SkeinConfig configuration = ConfigReader.read(key -> Optional.ofNullable(config.get(key)).filter(value -> !value.isEmpty()));
        return configuration.upstreams().stream()
                .map(upstream -> SchemaSources.fromSdl(upstream, sdlByUpstream.get(upstream.name())))
                .toList();
    }

    private static Map<String, String> properties(Path file) {
        Map<String, String> values = new TreeMap<>();
        if (!Files.exists(file)) {
            return values;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(Map<String, Object> request) {
        Object variables = request.get("variables");
        return variables == null ? Map.of() : (Map<String, Object>) variables;
    }

    private static Map<String, List<ExpectedOperation>> expectedOperations(Path folder) {
        Map<String, Map<Integer, ExpectedOperation>> numbered = new LinkedHashMap<>();
        for (Path file : files(folder)) {
            Matcher matcher = OPERATION.matcher(file.getFileName().toString());
            if (!matcher.matches()) {
                continue;
            }
            Path variablesFile = folder.resolve(file.getFileName().toString().replaceAll("\\.graphql$", ".variables.json"));
            ExpectedOperation operation = new ExpectedOperation(read(file), optionalObject(variablesFile));
            numbered.computeIfAbsent(matcher.group(1), upstream -> new TreeMap<>()).put(callNumber(matcher.group(2)), operation);
        }
        Map<String, List<ExpectedOperation>> operations = new LinkedHashMap<>();
        numbered.forEach((upstream, byNumber) -> operations.put(upstream, inSendOrder(folder, upstream, byNumber)));
        return operations;
    }

    /**
     * The operations numbered 1, 2... in order, or the single unnumbered one.
     */
    private static List<ExpectedOperation> inSendOrder(Path folder, String upstream, Map<Integer, ExpectedOperation> byNumber) {
        if (byNumber.containsKey(0) && byNumber.size() > 1) {
            throw new IllegalArgumentException(folder + ": both " + upstream + ".graphql and numbered operations");
        }
        List<ExpectedOperation> operations = new ArrayList<>();
        for (int number = byNumber.containsKey(0) ? 0 : 1; byNumber.containsKey(number); number++) {
            operations.add(byNumber.get(number));
        }
        if (operations.size() != byNumber.size()) {
            throw new IllegalArgumentException(folder + ": the operations of " + upstream + " are not numbered 1, 2, 3...");
        }
        return operations;
    }

    private static Optional<List<String>> sendOrder(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file).lines().map(String::trim).filter(line -> !line.isEmpty()).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<Integer, Map<String, Object>>> responses(Path folder) {
        Map<String, Map<Integer, Map<String, Object>>> responses = new LinkedHashMap<>();
        for (Path file : files(folder)) {
            Matcher matcher = NUMBERED_JSON.matcher(file.getFileName().toString());
            if (matcher.matches()) {
                responses.computeIfAbsent(matcher.group(1), upstream -> new TreeMap<>())
                        .put(callNumber(matcher.group(2)), JsonValues.readObject(file));
            }
        }
        return responses;
    }

    private static int callNumber(String number) {
        return number == null ? 0 : Integer.parseInt(number);
    }

    private static Map<String, Object> optionalObject(Path file) {
        return Files.exists(file) ? JsonValues.readObject(file) : Map.of();
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
