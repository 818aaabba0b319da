package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dashboard figures already computed, so that the mobile dashboards of park leaders read a
 * period's figures without summing them again. Figures from reports and figures from project and
 * approval events are kept apart, each with the {@link SourceGenerations generation} of its
 * source read before it was computed, so a part is served only while nothing behind it has
 * changed, on any instance, and a stream of project events never discards the report figures.
 */
@ApplicationScoped
public class DashboardCache {

    private static final int MAX_ENTRIES = 512;

    /** Figures of one source for a period, by indicator code, with the catalogue's order and the park. */
    public record Part(String park, String parkName, List<String> order, Map<String, IndicatorFigure> figures) {
    }

    private record Key(Period period, boolean disclose) {
    }

    private record Entry(long generation, Part part) {
    }

    private final Map<Key, Entry> reports = new ConcurrentHashMap<>();
    private final Map<Period, Entry> activity = new ConcurrentHashMap<>();

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
