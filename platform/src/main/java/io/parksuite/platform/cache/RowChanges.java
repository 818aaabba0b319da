package io.parksuite.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Keeps this instance's {@link ReadCache}s true to the database. One thread holds a connection that
 * listens on channel {@code row_changed}, where the triggers of {@code V0_10__row_change_notify.sql}
 * name each committed change as {@code <table> <key>}, and evicts those rows; every other instance does
 * the same, so a write through any of them reaches all caches. While that connection is down (the
 * database restarting, the pool exhausted) the caches are emptied and bypassed, and they fill again
 * only once the listener is back: no change can slip by unseen.
 */
@ApplicationScoped
public class RowChanges {

    static final String CHANNEL = "row_changed";
    /** The listener connection's {@code application_name}, as {@code pg_stat_activity} shows it. */
    public static final String APPLICATION_NAME = "row-changes";
    private static final Logger LOG = Logger.getLogger(RowChanges.class);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

    private final AgroalDataSource dataSource;
    private final ReadCacheConfig config;
    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<String, List<ReadCache<?, ?>>> cachesByTable = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<CommitEviction<?, ?>>> evictionsByEntity = new ConcurrentHashMap<>();
    private volatile boolean listening;
    private volatile boolean running;

    public RowChanges(AgroalDataSource dataSource, ReadCacheConfig config, MeterRegistry registry,
                      TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.config = config;
        this.registry = registry;
        this.transactions = transactions;
        Gauge.builder("parksuite.read.cache.listening", this, changes -> changes.listening ? 1 : 0)
                .description("1 while this instance hears row changes and serves reads from its caches, else 0")
                .register(registry);
    }

    /** A cache of {@code table}'s rows, evicted by the table's notifications; {@code keyParser} reads a notified key. */
    public <K, V> ReadCache<K, V> cache(String table, Function<String, K> keyParser) {
        Cache<K, V> entries = Caffeine.newBuilder()
                .maximumSize(config.maximumSize())
                .expireAfterWrite(config.maximumAge())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, entries, table);
        ReadCache<K, V> cache = new ReadCache<>(table, entries, keyParser, () -> listening);
        evictOnChangesOf(table, cache);
        return cache;
    }

    /** Also evicts {@code cache}'s rows on the notifications of {@code table}, whose key column names them. */
    public void evictOnChangesOf(String table, ReadCache<?, ?> cache) {
        cachesByTable.computeIfAbsent(table, name -> new CopyOnWriteArrayList<>()).add(cache);
    }

    /**
     * Evicts the row of {@code cache} that {@code key} names for each {@code entity} this instance writes,
     * as soon as the writing transaction ends, so that this instance reads its own writes without waiting
     * for the notification. The entity carries {@code @EntityListeners(EvictOnCommit.class)}.
     */
    public <E, K> void evictOnCommit(Class<E> entity, ReadCache<K, ?> cache, Function<E, K> key) {
        evictionsByEntity.computeIfAbsent(entity, type -> new CopyOnWriteArrayList<>())
                .add(new CommitEviction<>(entity, cache, key));
    }

    public boolean listening() {
        return listening;
    }

    void written(Object entity) {
        List<CommitEviction<?, ?>> evictions = evictionsByEntity.get(entity.getClass());
        if (evictions == null) {
            return;
        }
        for (CommitEviction<?, ?> eviction : evictions) {
            Runnable evict = eviction.of(entity);
            evict.run();
            if (transactions.getTransactionKey() != null) {
                try {
                    transactions.registerInterposedSynchronization(new AfterCompletion(evict));
                } catch (IllegalStateException ending) {
                    LOG.debugf("Transaction ending; the row-change notification evicts %s", entity.getClass().getSimpleName());
                }
            }
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Read caches off: every read goes to the database");
            return;
        }
        running = true;
        Thread thread = new Thread(this::listen, "row-changes");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        listening = false;
    }

    void notified(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0) {
            return;
        }
        List<ReadCache<?, ?>> caches = cachesByTable.get(payload.substring(0, space));
        if (caches != null) {
            String key = payload.substring(space + 1);
            caches.forEach(cache -> cache.evictNotified(key));
        }
    }

    private void listen() {
        Duration retry = Duration.ofSeconds(1);
        boolean warned = false;
        while (running) {
            Connection connection = null;
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set application_name = '" + APPLICATION_NAME + "'");
                    statement.execute("LISTEN " + CHANNEL);
                }
                evictAll();
                listening = true;
                if (warned) {
                    LOG.info("Row-change listener connected again; read caches in use");
                }
                warned = false;
                retry = Duration.ofSeconds(1);
                hear(connection);
            } catch (SQLException e) {
                listening = false;
                evictAll();
                if (!warned && running) {
                    LOG.warnf("Row-change listener lost its connection (%s); reads bypass the caches until it is back",
                            e.getMessage());
                    warned = true;
                }
            } finally {
                release(connection);
            }
            if (!running || !pause(retry)) {
                return;
            }
            retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
        }
    }

    private void hear(Connection connection) throws SQLException {
        PGConnection listener = connection.unwrap(PGConnection.class);
        int wait = (int) Math.max(1, config.connectionCheck().toMillis());
        while (running) {
            PGNotification[] notifications = listener.getNotifications(wait);
            if (notifications == null || notifications.length == 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                continue;
            }
            for (PGNotification notification : notifications) {
                notified(notification.getParameter());
            }
        }
        listening = false;
    }

    /**
     * Returns the connection as it was taken. The statement goes through the pool's wrapper, unlike the
     * notifications read from the driver's own connection: on a broken connection it fails where the pool
     * sees it, and the pool discards the connection instead of lending it out again.
     */
    private static void release(Connection connection) {
        if (connection == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN " + CHANNEL + "; RESET application_name");
        } catch (SQLException broken) {
            LOG.debugf("Row-change listener connection discarded: %s", broken.getMessage());
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }

    private void evictAll() {
        cachesByTable.values().forEach(caches -> caches.forEach(ReadCache::evictAll));
    }

    private static boolean pause(Duration retry) {
        try {
            Thread.sleep(retry.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Which cache row an entity's write evicts. */
    private record CommitEviction<E, K>(Class<E> entity, ReadCache<K, ?> cache, Function<E, K> key) {

        Runnable of(Object written) {
            K row = key.apply(entity.cast(written));
            return () -> cache.evict(row);
        }
    }

    /** Runs an eviction once the transaction has ended, committed or not. */
    private record AfterCompletion(Runnable evict) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            evict.run();
        }
    }
}
