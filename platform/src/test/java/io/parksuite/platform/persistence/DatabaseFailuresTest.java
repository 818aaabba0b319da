package io.parksuite.platform.persistence;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseFailuresTest {

    @Test
    void noConnectionSlotLeftIsUnavailabilityNotAFaultOfTheRequest() {
        SQLException full = new SQLException(
                "FATAL: remaining connection slots are reserved for non-replication superuser connections", "53300");

        assertTrue(DatabaseFailures.isUnavailable(
                new GenericJDBCException("Unable to acquire JDBC Connection", full)));
    }

    @Test
    void aConstraintViolationIsNotUnavailability() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertFalse(DatabaseFailures.isUnavailable(new GenericJDBCException("insert failed", duplicate)));
        assertFalse(DatabaseFailures.isContention(duplicate));
    }
}
