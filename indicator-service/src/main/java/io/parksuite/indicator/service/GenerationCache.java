package io.parksuite.indicator.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values computed from a source, each kept with the {@link SourceGenerations generation} read
 * before it was computed and served only while that generation is current. Of two computations
 * of one key the newer generation stays; when full, the cache starts again empty.
 */
final class GenerationCache<K, V> {

    private record Entry<V>(long generation, V value) {
    }

    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    GenerationCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value computed at {@code generation}, or null. */
    V get(K key, long generation) {
        Entry<V> entry = entries.get(key);
        return entry != null && entry.generation() == generation ? entry.value() : null;
    }

    void put(K key, long generation, V value) {
        if (entries.size() >= maxEntries && !entries.containsKey(key)) {
            entries.clear();
        }
        entries.merge(key, new Entry<>(generation, value),
                (held, computed) -> held.generation() > computed.generation() ? held : computed);
    }
}
