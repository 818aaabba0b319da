package io.parksuite.platform.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReadCacheTest {

    private final AtomicBoolean listening = new AtomicBoolean(true);
    private final AtomicInteger loads = new AtomicInteger();
    private final ReadCache<Integer, String> cache = new ReadCache<>("thing", Caffeine.newBuilder().<Integer, String>build(),
            Integer::valueOf, listening::get);

    private String load(int key) {
        return "row " + key + " load " + loads.incrementAndGet();
    }

    @Test
    void aRowIsLoadedOnceAndServedUntilItsChangeIsNotified() {
        assertEquals("row 1 load 1", cache.get(1, this::load));
        assertEquals("row 1 load 1", cache.get(1, this::load));
        cache.evictNotified("1");
        assertEquals("row 1 load 2", cache.get(1, this::load));
        cache.evictNotified("2");
        assertEquals("row 1 load 2", cache.get(1, this::load));
    }

    @Test
    void aMissIsNotKept() {
        assertNull(cache.get(1, key -> {
            loads.incrementAndGet();
            return null;
        }));
        assertEquals("row 1 load 2", cache.get(1, this::load));
    }

    @Test
    void aLoadDuringWhichAChangeArrivedIsAnsweredButNotKept() {
        String answered = cache.get(1, key -> {
            String before = load(key);
            cache.evictNotified("7");
            return before;
        });
        assertEquals("row 1 load 1", answered);
        assertEquals("row 1 load 2", cache.get(1, this::load));
        assertEquals("row 1 load 2", cache.get(1, this::load));
    }

    @Test
    void aTruncateOrAnUnreadableKeyEvictsEverything() {
        cache.get(1, this::load);
        cache.get(2, this::load);
        cache.evictNotified("*");
        assertEquals(0, cache.size());
        cache.get(1, this::load);
        cache.evictNotified("not a number");
        assertEquals(0, cache.size());
    }

    @Test
    void nothingIsServedOrKeptWhileTheListenerIsDisconnected() {
        cache.get(1, this::load);
        listening.set(false);
        assertEquals("row 1 load 2", cache.get(1, this::load));
        assertEquals("row 2 load 3", cache.get(2, this::load));
        assertEquals("row 2 load 4", cache.get(2, this::load));
    }

    @Test
    void aLoadDuringWhichTheListenerDisconnectedIsNotKept() {
        cache.get(1, key -> {
            listening.set(false);
            return load(key);
        });
        listening.set(true);
        assertEquals(0, cache.size());
    }
}
