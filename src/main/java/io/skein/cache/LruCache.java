package io.skein.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small bounded map that forgets the least recently used entry first. Values are computed
 * outside the lock; two threads missing the same key at once may both compute it, and the last
 * one stored wins, which is harmless for the pure computations cached here.
 */
public final class LruCache<K, V> {

    private final Map<K, V> entries;

    public LruCache(int maximumSize) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be positive");
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maximumSize;
            }
        };
    }

    /**
     * The cached value for {@code key}, computed by {@code compute} on a miss.
     */
    public V get(K key, Supplier<V> compute) {
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V value = compute.get();
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
