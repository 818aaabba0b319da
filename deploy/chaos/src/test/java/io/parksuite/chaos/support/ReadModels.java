package io.parksuite.chaos.support;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Probes of the consuming services' copies of the registry, read over JDBC from each service's
 * own database: indicator's {@code enterprise_dimension}, project's {@code known_enterprise}
 * (已知企业) and approval's {@code applicant_enterprise} (申请企业副本), and each consumer's
 * {@code processed_event} inbox rows.
 */
public final class ReadModels {

    /** One consuming service's copy of the enterprises and the inbox consumer that keeps it. */
    public record Copy(String service, String database, String table, String consumer) {
    }

    public static final List<Copy> ENTERPRISE_COPIES = List.of(
            new Copy("indicator", "indicator", "enterprise_dimension", "indicator-service.enterprise-dimension"),
            new Copy("project", "project", "known_enterprise", "project-service.investor-links"),
            new Copy("approval", "approval", "applicant_enterprise", "approval-service.applicant-copy"));

    private ReadModels() {
    }

    /** Rows of {@code copy} per USCC among {@code usccs} (absent USCCs are not in the map). */
    public static Map<String, Integer> rowsPerUscc(Copy copy, Collection<String> usccs) {
        return countBy(copy.database(), "select uscc, count(*) from " + copy.table()
                + " where uscc = any(?) group by uscc", usccs);
    }

    /** The aggregate version held in {@code copy} per USCC among {@code usccs}. */
    public static Map<String, Integer> versions(Copy copy, Collection<String> usccs) {
        return countBy(copy.database(), "select uscc, aggregate_version from " + copy.table()
                + " where uscc = any(?)", usccs);
    }

    /** Inbox rows of {@code copy}'s consumer per event id among {@code eventIds}. */
    public static Map<String, Integer> processed(Copy copy, Collection<String> eventIds) {
        return countBy(copy.database(), "select event_id, count(*) from processed_event where consumer = '"
                + copy.consumer() + "' and event_id = any(?) group by event_id", eventIds);
    }

    /** How many of {@code usccs} are missing from any copy (0 once converged); -1 if a database cannot be read. */
    public static int missing(Collection<String> usccs) {
        try {
            int missing = 0;
            for (Copy copy : ENTERPRISE_COPIES) {
                missing += usccs.size() - rowsPerUscc(copy, usccs).size();
            }
            return missing;
        } catch (IllegalStateException e) {
            return -1;
        }
    }

    private static Map<String, Integer> countBy(String database, String sql, Collection<String> keys) {
        try (Connection connection = connect(database);
             PreparedStatement select = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("varchar", keys.toArray());
            select.setArray(1, array);
            Map<String, Integer> counts = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database + ": " + e.getMessage(), e);
        }
    }

    /** A connection to a service's database as that service's user. */
    public static Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database);
        properties.setProperty("password", Chaos.dbPassword());
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("ApplicationName", "parksuite-chaos");
        return DriverManager.getConnection(Chaos.jdbcUrl(database), properties);
    }
}
