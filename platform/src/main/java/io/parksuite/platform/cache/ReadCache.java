package io.parksuite.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Rows of one table as a hot read answers them (a response DTO, never a managed entity), kept between
 * requests so that a read costs no database round trip. The caller still authorizes every request
 * against the returned value. {@link RowChanges} evicts a row when PostgreSQL notifies a committed
 * change, and this instance's own writes evict theirs as they commit ({@link EvictOnCommit}).
 * <p>
 * A value loaded while a change of any row arrived is not kept (the load may have read the row before
 * that change), and nothing is served or kept while the listener is not connected: a change could go
 * unnoticed then, so reads go to the database until it is back and the cache has been emptied.
 * <p>
 * {@link #read} answers a cached row on the calling event loop and only a load on a worker thread, so a
 * hit costs no hand-over between threads.
 *
 * @param <K> the row's key, as the table's key column reads
 * @param <V> what a read answers for the row
 */
public final class ReadCache<K, V> {

    private final String table;
    private final Cache<K, V> entries;
    private final Function<String, K> keyParser;
    private final BooleanSupplier listening;
    private final AtomicLong changes = new AtomicLong();

    ReadCache(String table, Cache<K, V> entries, Function<String, K> keyParser, BooleanSupplier listening) {
        this.table = table;
        this.entries = entries;
        this.keyParser = keyParser;
        this.listening = listening;
    }

    /**
     * The row's value, from the cache or else from {@code loader} (a null from the loader, no such row,
     * is not kept): a cached value at once, on the calling thread; a load on a worker thread of the
     * caller's Vert.x context (its request context with it), the result coming back on that context;
     * off Vert.x, a load on the calling thread.
     */
    public Uni<V> read(K key, Function<K, V> loader) {
        if (!listening.getAsBoolean()) {
            return blocking(() -> loader.apply(key));
        }
        V cached = entries.getIfPresent(key);
        return cached != null ? Uni.createFrom().item(cached) : blocking(() -> load(key, loader));
    }

    private V load(K key, Function<K, V> loader) {
        long before = changes.get();
        V loaded = loader.apply(key);
        if (loaded != null) {
            entries.put(key, loaded);
            if (changes.get() != before || !listening.getAsBoolean()) {
                entries.invalidate(key);
            }
        }
        return loaded;
    }

    private static <T> Uni<T> blocking(Supplier<T> work) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().item(work);
        }
        return Uni.createFrom().completionStage(() -> context.executeBlocking(work::get, false).toCompletionStage());
    }

    /** The table whose changes evict this cache's rows. */
    public String table() {
        return table;
    }

    public void evict(K key) {
        changes.incrementAndGet();
        entries.invalidate(key);
    }

    /** Evicts the row a notification names by its key's text, or every row for {@code *}. */
    void evictNotified(String key) {
        if ("*".equals(key)) {
            evictAll();
            return;
        }
        K parsed;
        try {
            parsed = keyParser.apply(key);
        } catch (RuntimeException unreadable) {
            evictAll();
            return;
        }
        evict(parsed);
    }

    void evictAll() {
        changes.incrementAndGet();
        entries.invalidateAll();
    }

    long size() {
        return entries.estimatedSize();
    }
}
