package io.parksuite.project.service;

import java.time.LocalDate;

/**
 * Where the KPI query cuts the cohort's milestones: as they stand (the recorded dates and the project's total
 * of funds arrived, today's answer) or as they stood at the end of a day, so that a past month's KPIs can be
 * recomputed from the milestones as of that month's end and compared with the indicators built from the events.
 */
record CohortCut(LocalDate asOf) {

    String started() {
        return asOf == null ? "construction_on is not null" : "construction_on <= :asOf";
    }

    String inProduction() {
        return asOf == null ? "production_on is not null" : "production_on <= :asOf";
    }

    String fundsArrived() {
        return asOf == null ? "funds_arrived_yuan" : "cast(coalesce(arrived.amount_yuan, 0) as numeric(20, 2))";
    }

    /** The funds arrived per project by the end of {@link #asOf}; nothing when the cut is today's. */
    String fundsJoin() {
        return asOf == null ? "" : " left join (select project_id, sum(amount_yuan) amount_yuan from funds_arrival"
                + " where arrived_on <= :asOf group by project_id) arrived on arrived.project_id = project.id";
    }
}
