package io.parksuite.platform.inbox;

import io.parksuite.platform.persistence.DatabaseFailures;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a passing failure (database down or busy, a lock conflict, a concurrent duplicate) from
 * one that retrying cannot fix. Passing failures are retried and hold the partition; the others
 * make the record poison. A unique violation is passing only for the first few attempts: a
 * concurrent duplicate resolves at once, one that keeps failing is the record's own fault. A
 * failure without SQLState is not passing by itself. A commit refused because the transaction
 * was rolled back meanwhile (its timeout passed while a lock or an outage held a statement) is
 * passing: the handlers' writes are flushed before the commit, so their own failures (a value the
 * database refuses) surface as exceptions with their SQLState, not as refused commits. A Java {@code Error} from a handler is the
 * record's failure too, except the JVM's own distress (out of memory, internal errors), which is
 * left to end the batch unsettled.
 */
final class TransientFailures {

    /** SQLSTATE classes: connection exception, transaction rollback, insufficient resources, operator intervention. */
    private static final Set<String> TRANSIENT_SQLSTATE_CLASSES = Set.of("08", "40", "53", "57");
    private static final String UNIQUE_VIOLATION = "23505";
    /** Attempts (the first included) during which a unique violation still counts as passing. */
    static final int UNIQUE_VIOLATION_ATTEMPTS = 3;

    private TransientFailures() {
    }

    /** Whether {@code failure}, seen on the {@code attempt}-th try (from 1) of a batch, is worth retrying. */
    static boolean isTransient(Throwable failure, int attempt) {
        if (DatabaseFailures.isUnavailable(failure) || DatabaseFailures.isContention(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PoisonEventException || cause instanceof Error) {
                return false;
            }
            if (cause instanceof SQLTransientException
                    || cause instanceof jakarta.transaction.RollbackException
                    || cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (UNIQUE_VIOLATION.equals(state)) {
                    return attempt < UNIQUE_VIOLATION_ATTEMPTS;
                }
                if (state.length() >= 2 && TRANSIENT_SQLSTATE_CLASSES.contains(state.substring(0, 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code error} is the JVM's own distress rather than the handler's: it must not be
     * blamed on a record (dead-lettered) nor retried; it ends the batch unsettled. A stack overflow
     * is the handler's (deep recursion on one payload), so it is not among them.
     */
    static boolean isFatal(Throwable error) {
        return error instanceof VirtualMachineError && !(error instanceof StackOverflowError);
    }
}
