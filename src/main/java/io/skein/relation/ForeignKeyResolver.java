package io.skein.relation;

import java.util.Objects;
import java.util.Optional;

/**
 * Resolves a foreign key: the object whose key fields the parent's upstream returned is fetched
 * from another upstream with a query template whose {@code __FIELDS} placeholder stands for the
 * client's selection. Every lookup of one foreign key in a request goes to the upstream in one
 * request: with {@code batchQuery}, one operation taking every key in a list argument; otherwise
 * one aliased copy of {@code query} per key. Set it with
 * {@code ProxySchemaBuilder.setResolver(type, field, resolver)} after
 * {@code addForeignKey(type, field, on)}.
 */
public final class ForeignKeyResolver {

    private final String target;
    private final QueryTemplate query;
    private final QueryTemplate batchQuery;
    private final HeaderForwarding forwardHeaders;

    private ForeignKeyResolver(Builder builder) {
        this.target = builder.target;
        this.query = builder.query;
        this.batchQuery = builder.batchQuery;
        this.forwardHeaders = builder.forwardHeaders;
    }

    /**
     * @param target the id of an upstream of the graph, or the URL of another GraphQL API
     */
    public static Builder newForeignKeyResolver(String target) {
        return new Builder(target);
    }

    String target() {
        return target;
    }

    Optional<QueryTemplate> query() {
        return Optional.ofNullable(query);
    }

    Optional<QueryTemplate> batchQuery() {
        return Optional.ofNullable(batchQuery);
    }

    HeaderForwarding forwardHeaders() {
        return forwardHeaders;
    }

    /**
     * Builds a {@link ForeignKeyResolver}; a query, a batch query or both are required.
     */
    public static final class Builder {
        private final String target;
        private QueryTemplate query;
        private QueryTemplate batchQuery;
        private HeaderForwarding forwardHeaders = HeaderForwarding.authorization();

        private Builder(String target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        /**
         * A named operation with one {@code __FIELDS}, whose variables are named after the key
         * fields, e.g. {@code query GetOrder($id: ID!) { order(id: $id) { __FIELDS } }}.
         *
         * @throws IllegalArgumentException when the template is not usable, saying why
         */
        public Builder query(String template) {
            this.query = QueryTemplate.parse(template, true, true);
            return this;
        }

        /**
         * An operation with one list variable that takes every key, whose first root field returns
         * the objects, e.g. {@code query($ids: [ID!]!) { ordersByIds(ids: $ids) { __FIELDS } }};
         * results are matched to parents by the key field.
         *
         * @throws IllegalArgumentException when the template is not usable, saying why
         */
        public Builder batchQuery(String template) {
            this.batchQuery = BatchTemplates.checked(QueryTemplate.parse(template, false, true));
            return this;
        }

        /**
         * The client headers sent with the lookups; {@code Authorization} unless set.
         */
        public Builder forwardHeaders(HeaderForwarding forwardHeaders) {
            this.forwardHeaders = Objects.requireNonNull(forwardHeaders, "forwardHeaders");
            return this;
        }

        public ForeignKeyResolver build() {
            if (query == null && batchQuery == null) {
                throw new IllegalArgumentException("A foreign key resolver needs a query template or a batch query template");
            }
            return new ForeignKeyResolver(this);
        }
    }
}
