package io.parksuite.indicator.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a value computed at one generation of its source may be served at. */
class GenerationCacheTest {

    @Test
    void aValueIsServedOnlyAtTheGenerationItWasComputedAt() {
        GenerationCache<String, String> cache = new GenerationCache<>(8);
        cache.put("2024", 7, "tallies at 7");
        assertEquals("tallies at 7", cache.get("2024", 7));
        assertNull(cache.get("2024", 8), "a report committed since advanced the generation");
        assertNull(cache.get("2023", 7));
    }

    @Test
    void ofTwoComputationsOfOneKeyTheNewerGenerationStays() {
        GenerationCache<String, String> cache = new GenerationCache<>(8);
        cache.put("2024", 9, "newer");
        cache.put("2024", 8, "older, finished later");
        assertEquals("newer", cache.get("2024", 9));
        assertNull(cache.get("2024", 8));
    }

    @Test
    void aFullCacheStartsAgainRatherThanGrow() {
        GenerationCache<Integer, String> cache = new GenerationCache<>(2);
        cache.put(1, 1, "one");
        cache.put(2, 1, "two");
        cache.put(2, 2, "two again");
        assertEquals("one", cache.get(1, 1), "replacing a held key does not empty the cache");
        cache.put(3, 1, "three");
        assertNull(cache.get(1, 1));
        assertEquals("three", cache.get(3, 1));
    }
}
