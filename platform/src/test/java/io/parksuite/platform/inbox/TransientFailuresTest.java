package io.parksuite.platform.inbox;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientFailuresTest {

    private static RuntimeException wrapped(SQLException cause) {
        return new jakarta.persistence.PersistenceException("could not execute statement", cause);
    }

    @Test
    void aUniqueViolationIsRetriedOnlyForTheFirstAttemptsThenItIsTheRecordsFault() {
        RuntimeException duplicate = wrapped(new SQLException("duplicate key value", "23505"));

        assertTrue(TransientFailures.isTransient(duplicate, 1));
        assertTrue(TransientFailures.isTransient(duplicate, TransientFailures.UNIQUE_VIOLATION_ATTEMPTS - 1));
        assertFalse(TransientFailures.isTransient(duplicate, TransientFailures.UNIQUE_VIOLATION_ATTEMPTS));
        assertFalse(TransientFailures.isTransient(duplicate, 50));
    }

    @Test
    void aFailureWithoutSqlStateIsNotTransient() {
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("something odd")), 1));
    }

    @Test
    void anUnreachableOrShuttingDownDatabaseAndLostRacesAreTransientForever() {
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("Connection refused", "08001")), 1000));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("terminating connection", "57P01")), 1000));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("deadlock detected", "40P01")), 1000));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("could not serialize", "40001")), 1000));
        assertTrue(TransientFailures.isTransient(new JDBCConnectionException("lost", new SQLException("x")), 1000));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("Sorry, acquisition timeout!")), 1000),
                "the pool's own timeout carries no SQLState but means the database is out of reach");
    }

    @Test
    void handlerErrorsAndPoisonAreNotTransientButOnlyTheJvmsDistressIsFatal() {
        assertFalse(TransientFailures.isTransient(new AssertionError("bad data"), 1));
        assertFalse(TransientFailures.isTransient(new IllegalStateException("wrapped", new LinkageError("x")), 1));
        assertFalse(TransientFailures.isTransient(new PoisonEventException("rejected"), 1));

        assertFalse(TransientFailures.isFatal(new StackOverflowError()));
        assertFalse(TransientFailures.isFatal(new AssertionError()));
        assertFalse(TransientFailures.isFatal(new ExceptionInInitializerError("x")));
        assertFalse(TransientFailures.isFatal(new NoClassDefFoundError("x")));
        assertTrue(TransientFailures.isFatal(new OutOfMemoryError()));
        assertTrue(TransientFailures.isFatal(new InternalError()));
    }
}
