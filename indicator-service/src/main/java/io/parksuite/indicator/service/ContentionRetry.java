package io.parksuite.indicator.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a write in a transaction of its own and, when PostgreSQL aborted that transaction as the
 * loser of a deadlock (40P01) or a serialization race (40001), runs it again: three attempts in
 * all, a short random pause between them. Nothing of an aborted attempt is kept (its idempotency
 * key claim included), so a retry is the request as if sent again. When the last attempt loses
 * too, the failure propagates and the REST layer answers 503 with {@code Retry-After}.
 */
@ApplicationScoped
public class ContentionRetry {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(ContentionRetry.class);
    /** deadlock_detected, serialization_failure. */
    private static final Set<String> CONTENTION_STATES = Set.of("40P01", "40001");

    public <T> T call(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isContention(e)) {
                    throw e;
                }
                LOG.infof("Attempt %d of %d lost a lock race (%s); trying again", attempt, ATTEMPTS, e.getMessage());
                pause(attempt);
            }
        }
    }

    /** Whether {@code failure}, a cause, or a batch's next exception is a lost deadlock or serialization race. */
    static boolean isContention(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException first ? first : null; sql != null;
                 sql = sql.getNextException()) {
                if (sql.getSQLState() != null && CONTENTION_STATES.contains(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between attempts", e);
        }
    }
}
