package io.skein.plan;

import io.skein.cache.LruCache;
import java.util.function.Supplier;

/**
 * Plans keyed by document text and operation name, so a repeated operation is planned once.
 */
public final class PlanCache {

    private final LruCache<Key, QueryPlan> plans;

    public PlanCache(int maximumSize) {
        this.plans = new LruCache<>(maximumSize);
    }

    /**
     * The cached plan for the operation, planned by {@code planner} on a miss.
     */
    public QueryPlan get(String document, String operationName, Supplier<QueryPlan> planner) {
        return plans.get(new Key(document, operationName), planner);
    }

    private record Key(String document, String operationName) {
    }
}
