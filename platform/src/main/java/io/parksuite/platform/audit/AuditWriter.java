package io.parksuite.platform.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

/**
 * Writes audit entries off the request threads: one writer thread inserts what has queued up, a
 * batch in one statement, each in its own short transaction, after letting a batch gather for
 * {@code batch-linger} (one commit for many entries under load); while the database is down the
 * entries wait and the writer retries. Nothing is dropped: a request reserves room for its entry
 * before it runs ({@link #reserve()}), and while the backlog is full new requests wait for room or
 * are refused ({@link AuditRequests}), so a read of confidential data is never served without its
 * record.
 */
@ApplicationScoped
public class AuditWriter {

    private static final Logger LOG = Logger.getLogger(AuditWriter.class);
    private static final int BATCH = 1_000;
    private static final String INSERT = """
            insert into audit_entry (occurred_at, request_id, subject, roles, client, method, path, status, kind, detail)
            select * from unnest(?::timestamptz[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                 ?::varchar[], ?::int[], ?::varchar[], ?::text[])""";

    private final DataSource dataSource;
    private final int capacity;
    private final long lingerNanos;
    private final Semaphore room;
    private final BlockingQueue<AuditEntry> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger unwritten = new AtomicInteger();
    private volatile boolean running;
    private Thread thread;

    public AuditWriter(DataSource dataSource, AuditConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.capacity = config.queueCapacity();
        this.lingerNanos = config.batchLinger().toNanos();
        this.room = new Semaphore(capacity);
        Gauge.builder("parksuite.audit.backlog", this, AuditWriter::backlog)
                .description("Audit entries reserved by requests in flight or waiting to be written")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(5_000);
        }
    }

    /** Room for the entry of a request about to run; false when the backlog is full and the request must wait. */
    public boolean reserve() {
        return room.tryAcquire();
    }

    /** Gives back the room of a request that left no entry. */
    public void release() {
        room.release();
    }

    /** Queues the entry of a request that reserved room for it. */
    public void submit(AuditEntry entry) {
        unwritten.incrementAndGet();
        queue.add(entry);
    }

    /** Queues an entry of a request that reserved no room (one the backlog never holds back); dropped, with an error, only when the backlog is full. */
    public void submitUnreserved(AuditEntry entry) {
        if (room.tryAcquire()) {
            submit(entry);
        } else {
            LOG.errorf("Audit backlog full: dropped the entry of %s %s by %s", entry.method(), entry.path(), entry.subject());
        }
    }

    /** Entries reserved or waiting to be written. */
    public int backlog() {
        return capacity - room.availablePermits();
    }

    /** Writes everything submitted so far, the batch the writer is gathering included; for tests and the chain's settle. */
    public void flush() {
        while (unwritten.get() > 0) {
            if (!drainOnce()) {
                Thread.onSpinWait();
            }
        }
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                AuditEntry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    gatherAndWrite(first);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void gatherAndWrite(AuditEntry first) {
        List<AuditEntry> batch = new ArrayList<>(BATCH);
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        if (batch.size() < BATCH && running) {
            LockSupport.parkNanos(lingerNanos);
            queue.drainTo(batch, BATCH - batch.size());
        }
        insertWithRetry(batch);
    }

    private synchronized boolean drainOnce() {
        List<AuditEntry> batch = new ArrayList<>();
        queue.drainTo(batch, BATCH);
        if (!batch.isEmpty()) {
            insertWithRetry(batch);
        }
        return !batch.isEmpty();
    }

    private synchronized void insertWithRetry(List<AuditEntry> batch) {
        long backoff = 500;
        while (true) {
            try {
                insert(batch);
                room.release(batch.size());
                unwritten.addAndGet(-batch.size());
                return;
            } catch (SQLException e) {
                if (!running) {
                    LOG.errorf(e, "Could not write %d audit entries before shutdown", batch.size());
                    unwritten.addAndGet(-batch.size());
                    return;
                }
                LOG.warnf("Audit entries not written yet (%s); retrying in %d ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    unwritten.addAndGet(-batch.size());
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private void insert(List<AuditEntry> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setArray(1, texts(connection, batch, entry -> ISO_OFFSET_DATE_TIME.format(entry.occurredAt())));
            insert.setArray(2, texts(connection, batch, AuditEntry::requestId));
            insert.setArray(3, texts(connection, batch, AuditEntry::subject));
            insert.setArray(4, texts(connection, batch, AuditEntry::roles));
            insert.setArray(5, texts(connection, batch, AuditEntry::client));
            insert.setArray(6, texts(connection, batch, AuditEntry::method));
            insert.setArray(7, texts(connection, batch, AuditEntry::path));
            insert.setArray(8, connection.createArrayOf("int4", batch.stream().map(AuditEntry::status).toArray(Integer[]::new)));
            insert.setArray(9, texts(connection, batch, entry -> entry.kind().name().toLowerCase().replace('_', '-')));
            insert.setArray(10, texts(connection, batch, AuditEntry::detail));
            insert.executeUpdate();
        }
    }

    private static Array texts(Connection connection, List<AuditEntry> batch, Function<AuditEntry, String> value)
            throws SQLException {
        return connection.createArrayOf("text", batch.stream().map(value).toArray(String[]::new));
    }
}
