package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dashboards already computed, so that the mobile dashboards of park leaders read a period's
 * figures without summing them again. Each entry carries the indicator generation read before it
 * was computed; triggers advance that generation in the same commit as any change to reports,
 * rollups, dimensions, projects, applications, official figures or targets, so an entry is served
 * only while nothing it was computed from has changed since, on any instance.
 */
@ApplicationScoped
public class DashboardCache {

    private static final int MAX_ENTRIES = 512;

    private record Key(Period period, boolean disclose) {
    }

    private record Entry(long generation, Dashboard dashboard) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /** The committed indicator generation; read it before reading what a dashboard is computed from. */
    public long generation(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select generation from indicator_generation");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The dashboard computed at {@code generation}, or null. */
    public Dashboard get(Period period, boolean disclose, long generation) {
        Entry entry = entries.get(new Key(period, disclose));
        return entry != null && entry.generation() == generation ? entry.dashboard() : null;
    }

    public void put(Period period, boolean disclose, long generation, Dashboard dashboard) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.merge(new Key(period, disclose), new Entry(generation, dashboard),
                (held, computed) -> held.generation() > computed.generation() ? held : computed);
    }
}
