package io.parksuite.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises the database failures that say nothing about the request or record at hand: the
 * database is unreachable (connection refused or lost, the server shutting down or out of
 * connection slots, the pool unable to hand out a connection), or a transaction lost a deadlock
 * or serialization race. Both pass by themselves, so consumers retry them and the REST layer
 * answers 503 with {@code Retry-After}.
 */
public final class DatabaseFailures {

    /**
     * admin_shutdown, crash_shutdown, cannot_connect_now (class 57P: operator intervention), and
     * too_many_connections (every connection slot taken, by other clients too).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /** deadlock_detected, serialization_failure. */
    private static final Set<String> CONTENTION_STATES = Set.of("40P01", "40001");

    private DatabaseFailures() {
    }

    /** Whether {@code failure} (or a cause) says the database cannot be reached or used right now. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || isPoolTimeout(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code failure} (or a cause) is a lost deadlock or serialization race: try again. */
    public static boolean isContention(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && CONTENTION_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} (or a cause) is the commit of a transaction the transaction manager
     * had already rolled back, which is how a transaction that ran past its timeout ends.
     */
    public static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof jakarta.transaction.RollbackException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Agroal's own failures to hand out a connection in time carry no SQLState: "Sorry, acquisition
     * timeout!" (pool exhausted) and "Acquisition timeout while waiting for new connection".
     */
    private static boolean isPoolTimeout(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
