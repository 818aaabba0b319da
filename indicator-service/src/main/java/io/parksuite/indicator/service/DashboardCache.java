package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

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

    private final GenerationCache<Key, Part> reports = new GenerationCache<>(MAX_ENTRIES);
    private final GenerationCache<Period, Part> activity = new GenerationCache<>(MAX_ENTRIES);

    /** The report figures computed at {@code generation}, or null. */
    public Part reports(Period period, boolean disclose, long generation) {
        return reports.get(new Key(period, disclose), generation);
    }

    public void putReports(Period period, boolean disclose, long generation, Part part) {
        reports.put(new Key(period, disclose), generation, part);
    }

    /** The project and approval figures computed at {@code generation}, or null. */
    public Part activity(Period period, long generation) {
        return activity.get(period, generation);
    }

    public void putActivity(Period period, long generation, Part part) {
        activity.put(period, generation, part);
    }
}
