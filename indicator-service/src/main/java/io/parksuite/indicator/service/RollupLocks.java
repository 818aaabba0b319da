package io.parksuite.indicator.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The one order in which every writer of the rollups takes its locks, so that report intake, the
 * event consumers of any number of instances and rebuilds never deadlock (PostgreSQL 40P01):
 * <ol>
 *     <li>the dimension rows of every enterprise the transaction will touch, all at once and in
 *     USCC order (intake locks its enterprises, an enterprise-event batch all of its enterprises,
 *     before anything else);</li>
 *     <li>the rollup's writer lock, a transaction-scoped advisory lock taken before the first rollup
 *     row is written (a transaction that adds to the rollup several times holds it from the first);</li>
 *     <li>rollup rows, in cell order.</li>
 * </ol>
 * A consumer batch that reclassifies several enterprises writes rollup rows once per enterprise;
 * without the writer lock its cells would interleave with an intake's in no common order. The
 * fixed-asset-investment rollup (固定资产投资, {@code fai_rollup}) has a writer lock of its own,
 * taken after the project row and before its cells.
 */
public final class RollupLocks {

    /** "PARKROLL": writers of {@code indicator_rollup}, including rebuilds. */
    static final long ROLLUP_WRITER = 0x5041524b524f4c4cL;
    /** "PARKFAIR": writers of {@code fai_rollup}. */
    static final long FAI_ROLLUP_WRITER = 0x5041524b46414952L;

    private RollupLocks() {
    }

    /** Waits for, then holds until commit, the right to write {@code indicator_rollup}. */
    public static void rollupWriter(Connection connection) throws SQLException {
        advisory(connection, ROLLUP_WRITER);
    }

    /** Waits for, then holds until commit, the right to write {@code fai_rollup}. */
    public static void faiRollupWriter(Connection connection) throws SQLException {
        advisory(connection, FAI_ROLLUP_WRITER);
    }

    private static void advisory(Connection connection, long key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, key);
            lock.execute();
        }
    }
}
