package io.skein.relation;

import java.util.List;
import java.util.Objects;

/**
 * Resolves a field from another upstream by a key read from the parent, for every parent of a
 * request in one request: the batch query takes the parents' keys in its one list variable; each
 * item of its first root field whose {@code match} field equals a parent's key belongs to that
 * parent. A list field collects what every matching item holds at {@code result} (lists
 * flattened); any other field takes the one match. Set it with
 * {@code ProxySchemaBuilder.setResolver(type, field, resolver)}, on a field the graph has or one
 * added with {@code insertField}.
 */
public final class JoinResolver {

    private final String target;
    private final QueryTemplate batchQuery;
    private final String key;
    private final String match;
    private final List<String> result;
    private final HeaderForwarding forwardHeaders;

    private JoinResolver(Builder builder) {
        this.target = builder.target;
        this.batchQuery = builder.batchQuery;
        this.key = builder.key;
        this.match = builder.match;
        this.result = builder.result;
        this.forwardHeaders = builder.forwardHeaders;
    }

    /**
     * @param target     the id of an upstream of the graph, or the URL of another GraphQL API
     * @param batchQuery e.g. {@code query($upcs: [String!]!) { reviewsByProductUpcs(upcs: $upcs) { __FIELDS } }}
     * @throws IllegalArgumentException when the template is not usable, saying why
     */
    public static Builder newJoinResolver(String target, String batchQuery) {
        return new Builder(target, BatchTemplates.checked(QueryTemplate.parse(batchQuery, false, false)));
    }

    String target() {
        return target;
    }

    QueryTemplate batchQuery() {
        return batchQuery;
    }

    String key() {
        return key;
    }

    String match() {
        return match;
    }

    /**
     * The path inside each matched item to the field's value: the one configured, else the path
     * to {@code __FIELDS}, else the item itself.
     */
    List<String> resultPath() {
        if (result != null) {
            return result;
        }
        List<String> path = batchQuery.pathToFields();
        return path.isEmpty() ? List.of() : path.subList(1, path.size());
    }

    HeaderForwarding forwardHeaders() {
        return forwardHeaders;
    }

    /**
     * Builds a {@link JoinResolver}; the key and match fields are required.
     */
    public static final class Builder {
        private final String target;
        private final QueryTemplate batchQuery;
        private String key;
        private String match;
        private List<String> result;
        private HeaderForwarding forwardHeaders = HeaderForwarding.authorization();

        private Builder(String target, QueryTemplate batchQuery) {
            this.target = Objects.requireNonNull(target, "target");
            this.batchQuery = batchQuery;
        }

        /**
         * The parent's field that holds the key, fetched from the parent's upstream.
         */
        public Builder key(String key) {
            this.key = ParentValues.segments(key).get(0);
            return this;
        }

        /**
         * The field of each item that equals the parent's key; it is fetched even when the client
         * does not select it.
         */
        public Builder match(String match) {
            this.match = ParentValues.segments(match).get(0);
            return this;
        }

        /**
         * The dotted path, inside each matched item, to the field's value.
         */
        public Builder result(String dottedPath) {
            this.result = ParentValues.segments(dottedPath);
            return this;
        }

        public Builder forwardHeaders(HeaderForwarding forwardHeaders) {
            this.forwardHeaders = Objects.requireNonNull(forwardHeaders, "forwardHeaders");
            return this;
        }

        public JoinResolver build() {
            if (key == null || match == null) {
                throw new IllegalArgumentException("A join resolver needs the parent's key field and the items' match field");
            }
            return new JoinResolver(this);
        }
    }
}
