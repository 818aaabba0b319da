package io.parksuite.indicator.service;

import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * The committed generations of the two sources of figures: REPORTS (reports, rollups and the
 * enterprise dimension) and ACTIVITY (projects and applications). Triggers advance a source's
 * generation in the same commit as any change to what it feeds, so what was computed at a
 * generation read before its inputs may be served while that generation is current, on any
 * instance.
 */
@ApplicationScoped
public class SourceGenerations {

    /** The generations of both sources at one moment. */
    public record Generations(long reports, long activity) {
    }

    private final Jdbc jdbc;

    public SourceGenerations(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Read before reading what is computed from the sources. */
    public Generations current() {
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
}
