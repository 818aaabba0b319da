package io.parksuite.platform.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes audit entries off the request threads: requests hand their entry over and answer at
 * once; one writer thread inserts what has queued up in batches, each in its own short
 * transaction. While the database is down the queue holds the entries and the writer retries.
 */
@ApplicationScoped
public class AuditWriter {

    private static final Logger LOG = Logger.getLogger(AuditWriter.class);
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final BlockingQueue<AuditEntry> queue;
    private volatile boolean running;
    private Thread thread;

    public AuditWriter(DataSource dataSource, AuditConfig config) {
        this.dataSource = dataSource;
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
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

    public void submit(AuditEntry entry) {
        if (!queue.offer(entry)) {
            LOG.errorf("Audit queue full: dropped the entry of %s %s by %s", entry.method(), entry.path(), entry.subject());
        }
    }

    /** Writes everything submitted so far; for tests and shutdown. */
    public void flush() {
        while (!queue.isEmpty()) {
            drainOnce();
        }
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                AuditEntry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<AuditEntry> batch = new ArrayList<>(List.of(first));
                    queue.drainTo(batch, BATCH - 1);
                    insertWithRetry(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void drainOnce() {
        List<AuditEntry> batch = new ArrayList<>();
        queue.drainTo(batch, BATCH);
        if (!batch.isEmpty()) {
            insertWithRetry(batch);
        }
    }

    private synchronized void insertWithRetry(List<AuditEntry> batch) {
        long backoff = 500;
        while (true) {
            try {
                insert(batch);
                return;
            } catch (SQLException e) {
                if (!running) {
                    LOG.errorf(e, "Could not write %d audit entries before shutdown", batch.size());
                    return;
                }
                LOG.warnf("Audit entries not written yet (%s); retrying in %d ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private void insert(List<AuditEntry> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into audit_entry (occurred_at, request_id, subject, roles, client, method, path, status, kind, detail)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (AuditEntry entry : batch) {
                insert.setObject(1, entry.occurredAt());
                insert.setString(2, entry.requestId());
                insert.setString(3, entry.subject());
                insert.setString(4, entry.roles());
                insert.setString(5, entry.client());
                insert.setString(6, entry.method());
                insert.setString(7, entry.path());
                insert.setInt(8, entry.status());
                insert.setString(9, entry.kind().name().toLowerCase().replace('_', '-'));
                insert.setString(10, entry.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
