package io.parksuite.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Wakes the relay when an outbox row commits: a trigger on {@code outbox_event} sends
 * {@code NOTIFY outbox_event}, which PostgreSQL delivers only on commit. Waiting falls back to a
 * plain timeout when the listening connection is lost, so the relay degrades to polling.
 */
@ApplicationScoped
public class CommitSignal {

    static final String CHANNEL = "outbox_event";
    private static final Logger LOG = Logger.getLogger(CommitSignal.class);

    private final AgroalDataSource dataSource;
    private Connection connection;

    public CommitSignal(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Blocks until a commit notification arrives or the timeout passes. */
    public void await(Duration timeout) throws InterruptedException {
        try {
            PGConnection listener = listener();
            PGNotification[] notifications = listener.getNotifications((int) Math.max(1, timeout.toMillis()));
            if (notifications == null && Thread.interrupted()) {
                throw new InterruptedException();
            }
        } catch (SQLException e) {
            LOG.debugf("Outbox listener unavailable (%s); polling instead", e.getMessage());
            close();
            Thread.sleep(timeout.toMillis());
        }
    }

    private PGConnection listener() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
        }
        return connection.unwrap(PGConnection.class);
    }

    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN " + CHANNEL);
        } catch (SQLException ignored) {
            // the connection is broken; closing it below returns or discards it
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
        connection = null;
    }
}
