package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Period;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dashboard figures already computed, so that the mobile dashboards of park leaders read a
 * period's figures without summing them again. Figures from reports and figures from project and
 * approval events are kept apart, each with the generation of its source read before it was
 * computed; triggers advance a source's generation in the same commit as any change to what it is
 * computed from, so a part is served only while nothing behind it has changed, on any instance,
 * and a stream of project events never discards the report figures.
 */
@ApplicationScoped
public class DashboardCache {

    private static final int MAX_ENTRIES = 512;

    /** The committed generations of the two sources. */
    public record Generations(long reports, long activity) {
    }

    /** Figures of one source for a period, by indicator code, with the catalogue's order and the park. */
    public record Part(String park, String parkName, List<String> order, Map<String, IndicatorFigure> figures) {
    }

    private record Key(Period period, boolean disclose) {
    }

    private record Entry(long generation, Part part) {
    }

    private final Map<Key, Entry> reports = new ConcurrentHashMap<>();
    private final Map<Period, Entry> activity = new ConcurrentHashMap<>();
    private final Jdbc jdbc;

    public DashboardCache(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Read before reading what a part is computed from. */
    public Generations generations() {
        long reportsGeneration = 0;
        long activityGeneration = 0;
        for (var source : jdbc.list("select source, generation from indicator_source_generation",
                rows -> Map.entry(rows.getString(1), rows.getLong(2)))) {
            if ("REPORTS".equals(source.getKey())) {
                reportsGeneration = source.getValue();
            } else {
                activityGeneration = source.getValue();
            }
        }
        return new Generations(reportsGeneration, activityGeneration);
    }

    /** The report figures computed at {@code generation}, or null. */
    public Part reports(Period period, boolean disclose, long generation) {
        return valid(reports.get(new Key(period, disclose)), generation);
    }

    public void putReports(Period period, boolean disclose, long generation, Part part) {
        put(reports, new Key(period, disclose), generation, part);
    }

    /** The project and approval figures computed at {@code generation}, or null. */
    public Part activity(Period period, long generation) {
        return valid(activity.get(period), generation);
    }

    public void putActivity(Period period, long generation, Part part) {
        put(activity, period, generation, part);
    }

    private static Part valid(Entry entry, long generation) {
        return entry != null && entry.generation() == generation ? entry.part() : null;
    }

    private static <K> void put(Map<K, Entry> entries, K key, long generation, Part part) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.merge(key, new Entry(generation, part),
                (held, computed) -> held.generation() > computed.generation() ? held : computed);
    }
}
