package io.parksuite.testing;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What a service test sees of the read caches: how many reads a table's cache served, and a change
 * written straight to the database, as another instance of the service would write it.
 */
public final class ReadCacheProbe {

    /** How long a test waits for a notified change, or for the row-change listener to connect. */
    public static final Duration NOTIFIED_WITHIN = Duration.ofSeconds(10);

    private ReadCacheProbe() {
    }

    public static double hits(MeterRegistry registry, String table) {
        FunctionCounter hits = registry.find("cache.gets").tags("cache", table, "result", "hit").functionCounter();
        return hits == null ? 0 : hits.count();
    }

    /** Runs one statement with one parameter on a connection of its own, outside this instance's entities. */
    public static void writeElsewhere(DataSource dataSource, String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.execute();
        }
    }
}
