package io.skein.demo;

import graphql.GraphQL;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.skein.SkeinException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two small GraphQL APIs Skein ships for its demo: a product catalog and product reviews,
 * each with its own in-memory data. Each call returns a fresh API with fresh data.
 */
public final class DemoApis {

    private DemoApis() {
    }

    /**
     * The catalog: products, categories, a search over both (a union) and a price mutation.
     */
    public static GraphQL catalog() {
        Map<String, Map<String, Object>> categories = new LinkedHashMap<>();
        categories.put("c1", item("id", "c1", "name", "Furniture"));
        categories.put("c2", item("id", "c2", "name", "Kitchen"));
        Map<String, Map<String, Object>> products = new LinkedHashMap<>();
        products.put("1", product("1", "Table", 89900, 15000, categories.get("c1")));
        products.put("2", product("2", "Couch", 129900, 40000, categories.get("c1")));
        products.put("3", product("3", "Chair", 5400, 5000, categories.get("c1")));
        products.put("4", product("4", "Kettle", 3900, 1200, categories.get("c2")));
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("products", env -> first(new ArrayList<>(products.values()), env))
                        .dataFetcher("product", env -> products.get(env.<String>getArgument("upc")))
                        .dataFetcher("search", env -> search(env.getArgument("text"), products, categories)))
                .type("Mutation", type -> type.dataFetcher("setPrice", env -> setPrice(products, env)))
                .type("SearchResult", type -> type.typeResolver(env -> env.getSchema().getObjectType(
                        ((Map<?, ?>) env.getObject()).containsKey("upc") ? "Product" : "Category")))
                .build();
        return GraphQL.newGraphQL(schema("catalog.graphqls", wiring)).build();
    }

    /**
     * The reviews: reviews of products by UPC, and a mutation that adds one.
     */
    public static GraphQL reviews() {
        List<Map<String, Object>> reviews = new ArrayList<>();
        reviews.add(review("r1", "1", "Sturdy and handsome.", 5, "ada"));
        reviews.add(review("r2", "1", "Wobbles a little.", 3, "grace"));
        reviews.add(review("r3", "2", "Too soft for my taste.", 2, "alan"));
        reviews.add(review("r4", "4", "Boils fast.", 4, "ada"));
        AtomicInteger ids = new AtomicInteger(reviews.size());
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("reviews", env -> filterReviews(reviews, env))
                        .dataFetcher("review", env -> find(reviews, env.getArgument("id"))))
                .type("Mutation", type -> type.dataFetcher("addReview", env -> addReview(reviews, ids, env)))
                .build();
        return GraphQL.newGraphQL(schema("reviews.graphqls", wiring)).build();
    }

    private static GraphQLSchema schema(String resource, RuntimeWiring wiring) {
        try (InputStream sdl = DemoApis.class.getResourceAsStream(resource)) {
            if (sdl == null) {
                throw new SkeinException("Demo schema " + resource + " is missing from the classpath");
            }
            String text = new String(sdl.readAllBytes(), StandardCharsets.UTF_8);
            return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(text), wiring);
        } catch (IOException e) {
            throw new SkeinException("Cannot read demo schema " + resource, e);
        }
    }

    private static List<Map<String, Object>> first(List<Map<String, Object>> items, DataFetchingEnvironment env) {
        Integer first = env.getArgument("first");
        return first == null ? items : items.subList(0, Math.max(0, Math.min(first, items.size())));
    }

    private static List<Map<String, Object>> search(String text, Map<String, Map<String, Object>> products,
                                                    Map<String, Map<String, Object>> categories) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<Map<String, Object>> found = new ArrayList<>();
        products.values().stream().filter(product -> nameContains(product, needle)).forEach(found::add);
        categories.values().stream().filter(category -> nameContains(category, needle)).forEach(found::add);
        return found;
    }

    private static boolean nameContains(Map<String, Object> item, String needle) {
        return ((String) item.get("name")).toLowerCase(Locale.ROOT).contains(needle);
    }

    private static Map<String, Object> setPrice(Map<String, Map<String, Object>> products, DataFetchingEnvironment env) {
        Map<String, Object> product = products.get(env.<String>getArgument("upc"));
        if (product != null) {
            product.put("price", env.<Integer>getArgument("price"));
        }
        return product;
    }

    private static List<Map<String, Object>> filterReviews(List<Map<String, Object>> reviews, DataFetchingEnvironment env) {
        String productUpc = env.getArgument("productUpc");
        Integer minRating = env.getArgument("minRating");
        synchronized (reviews) {
            return reviews.stream()
                    .filter(review -> productUpc == null || productUpc.equals(review.get("productUpc")))
                    .filter(review -> minRating == null || (Integer) review.get("rating") >= minRating)
                    .toList();
        }
    }

    private static Map<String, Object> find(List<Map<String, Object>> reviews, String id) {
        synchronized (reviews) {
            return reviews.stream().filter(review -> id.equals(review.get("id"))).findFirst().orElse(null);
        }
    }

    private static Map<String, Object> addReview(List<Map<String, Object>> reviews, AtomicInteger ids, DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        Map<String, Object> review = review("r" + ids.incrementAndGet(), (String) input.get("productUpc"),
                (String) input.get("body"), (Integer) input.get("rating"), (String) input.get("author"));
        synchronized (reviews) {
            reviews.add(review);
        }
        return review;
    }

    private static Map<String, Object> product(String upc, String name, int price, int weight, Map<String, Object> category) {
        Map<String, Object> product = item("upc", upc, "name", name);
        product.put("price", price);
        product.put("weight", weight);
        product.put("category", category);
        return product;
    }

    private static Map<String, Object> review(String id, String productUpc, String body, int rating, String author) {
        Map<String, Object> review = item("id", id, "productUpc", productUpc);
        review.put("body", body);
        review.put("rating", rating);
        review.put("author", author);
        return review;
    }

    private static Map<String, Object> item(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(key1, value1);
        item.put(key2, value2);
        return item;
    }
}
