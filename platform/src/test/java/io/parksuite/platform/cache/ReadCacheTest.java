package io.parksuite.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadCacheTest {

    private final AtomicBoolean listening = new AtomicBoolean(true);
    private final AtomicInteger loads = new AtomicInteger();
    private final ReadCache<Integer, String> cache = new ReadCache<>("thing", Caffeine.newBuilder().<Integer, String>build(),
            Integer::valueOf, listening::get);

    /** A read off Vert.x, as a caller outside an event loop gets it. */
    private String get(int key, Function<Integer, String> loader) {
        return cache.read(key, loader).await().atMost(Duration.ofSeconds(5));
    }

    private String load(int key) {
        return "row " + key + " load " + loads.incrementAndGet();
    }

    @Test
    void aRowIsLoadedOnceAndServedUntilItsChangeIsNotified() {
        assertEquals("row 1 load 1", get(1, this::load));
        assertEquals("row 1 load 1", get(1, this::load));
        cache.evictNotified("1");
        assertEquals("row 1 load 2", get(1, this::load));
        cache.evictNotified("2");
        assertEquals("row 1 load 2", get(1, this::load));
    }

    @Test
    void aMissIsNotKept() {
        assertNull(get(1, key -> {
            loads.incrementAndGet();
            return null;
        }));
        assertEquals("row 1 load 2", get(1, this::load));
    }

    @Test
    void aLoadDuringWhichAChangeArrivedIsAnsweredButNotKept() {
        String answered = get(1, key -> {
            String before = load(key);
            cache.evictNotified("7");
            return before;
        });
        assertEquals("row 1 load 1", answered);
        assertEquals("row 1 load 2", get(1, this::load));
        assertEquals("row 1 load 2", get(1, this::load));
    }

    @Test
    void aTruncateOrAnUnreadableKeyEvictsEverything() {
        get(1, this::load);
        get(2, this::load);
        cache.evictNotified("*");
        assertEquals(0, cache.size());
        get(1, this::load);
        cache.evictNotified("not a number");
        assertEquals(0, cache.size());
    }

    @Test
    void nothingIsServedOrKeptWhileTheListenerIsDisconnected() {
        get(1, this::load);
        listening.set(false);
        assertEquals("row 1 load 2", get(1, this::load));
        assertEquals("row 2 load 3", get(2, this::load));
        assertEquals("row 2 load 4", get(2, this::load));
    }

    @Test
    void aLoadDuringWhichTheListenerDisconnectedIsNotKept() {
        get(1, key -> {
            listening.set(false);
            return load(key);
        });
        listening.set(true);
        assertEquals(0, cache.size());
    }

    @Test
    void onAnEventLoopAHitIsAnsweredThereAndALoadRunsOnAWorkerThread() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Context context = vertx.getOrCreateContext();
            assertEquals(new Answer("row 1 load 1", true, LoadedOn.WORKER), readOn(context, 1));
            assertEquals(new Answer("row 1 load 1", true, LoadedOn.NOT_LOADED), readOn(context, 1));
            cache.evictNotified("1");
            assertEquals(new Answer("row 1 load 2", true, LoadedOn.WORKER), readOn(context, 1));
            listening.set(false);
            assertEquals(new Answer("row 1 load 3", true, LoadedOn.WORKER), readOn(context, 1));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aReadCountsOneHitOrOneMissInTheCacheStatistics() {
        Cache<Integer, String> entries = Caffeine.newBuilder().recordStats().build();
        ReadCache<Integer, String> counted = new ReadCache<>("thing", entries, Integer::valueOf, listening::get);
        counted.read(1, this::load).await().atMost(Duration.ofSeconds(5));
        counted.read(1, this::load).await().atMost(Duration.ofSeconds(5));
        counted.read(2, this::load).await().atMost(Duration.ofSeconds(5));
        assertEquals(1, entries.stats().hitCount());
        assertEquals(2, entries.stats().missCount());
    }

    @Test
    void offVertxTheReadRunsOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        AtomicBoolean loadedHere = new AtomicBoolean();
        String answered = cache.read(1, key -> {
            loadedHere.set(Thread.currentThread() == caller);
            return load(key);
        }).await().atMost(Duration.ofSeconds(5));
        assertEquals("row 1 load 1", answered);
        assertTrue(loadedHere.get());
    }

    /** Reads {@code key} from an event loop of {@code context}. */
    private Answer readOn(Context context, int key) throws Exception {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        context.runOnContext(ignored -> {
            Thread eventLoop = Thread.currentThread();
            AtomicReference<LoadedOn> loadedOn = new AtomicReference<>(LoadedOn.NOT_LOADED);
            cache.read(key, k -> {
                loadedOn.set(Context.isOnWorkerThread() ? LoadedOn.WORKER : LoadedOn.ELSEWHERE);
                return load(k);
            }).subscribe().with(
                    value -> answer.complete(new Answer(value, Thread.currentThread() == eventLoop, loadedOn.get())),
                    answer::completeExceptionally);
        });
        return answer.get(10, TimeUnit.SECONDS);
    }

    private enum LoadedOn { NOT_LOADED, WORKER, ELSEWHERE }

    /** What {@link ReadCache#read} gave on an event loop: the value, whether it came back on that loop, where it loaded. */
    private record Answer(String value, boolean answeredOnEventLoop, LoadedOn loadedOn) {
    }
}
