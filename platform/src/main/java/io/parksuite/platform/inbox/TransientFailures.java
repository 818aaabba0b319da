package io.parksuite.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a passing failure (database down or busy, a lock conflict, a concurrent duplicate) from
 * one that retrying cannot fix. Passing failures are retried and block the partition; never dead-lettered.
 */
final class TransientFailures {

    /** SQLSTATE classes: connection exception, transaction rollback, insufficient resources, operator intervention. */
    private static final Set<String> TRANSIENT_SQLSTATE_CLASSES = Set.of("08", "40", "53", "57");
    private static final String UNIQUE_VIOLATION = "23505";

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PoisonEventException) {
                return false;
            }
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null || UNIQUE_VIOLATION.equals(state)
                        || (state.length() >= 2 && TRANSIENT_SQLSTATE_CLASSES.contains(state.substring(0, 2)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
