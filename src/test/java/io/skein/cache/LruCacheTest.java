package io.skein.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LruCacheTest {

    private final List<String> computed = new ArrayList<>();

    @Test
    void hitReturnsTheCachedValueWithoutComputingAgain() {
        LruCache<String, String> cache = new LruCache<>(10);

        String first = cache.get("a", compute("a"));
        String second = cache.get("a", compute("a"));

        assertThat(second).isSameAs(first);
        assertThat(computed).containsExactly("a");
    }

    @Test
    void evictsTheLeastRecentlyUsedEntryBeyondTheBound() {
        LruCache<String, String> cache = new LruCache<>(2);
        cache.get("a", compute("a"));
        cache.get("b", compute("b"));
        cache.get("a", compute("a"));

        cache.get("c", compute("c"));

        assertThat(cache.size()).isEqualTo(2);
        cache.get("a", compute("a"));
        cache.get("b", compute("b"));
        assertThat(computed).containsExactly("a", "b", "c", "b");
    }

    @Test
    void boundMustBePositive() {
        assertThatThrownBy(() -> new LruCache<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private Supplier<String> compute(String key) {
        return () -> {
            computed.add(key);
            return new String("value of " + key);
        };
    }
}
