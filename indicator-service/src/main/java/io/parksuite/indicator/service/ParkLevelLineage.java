package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.OfficialFigure;
import io.parksuite.indicator.domain.Period;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The inputs of park-level figures that are not summed from reports: the official records a
 * published figure (官方发布数) was taken from, and the monthly sums of the project copy that
 * fixed-asset investment (固定资产投资) and the projects signed add up, this year's and the base
 * year's, and the funds arrived (到位资金) by month; 资金到位率 lists the cohort's funds arrived and
 * its planned investment (the base). Approval-desk figures are ratios over application copies and
 * have no inputs listed.
 */
@ApplicationScoped
public class ParkLevelLineage {

    /** What an official record was used for: the period's own, the month before (the month is a difference), a peer's (rank). */
    static final String OWN = "OWN";
    static final String OWN_PREVIOUS_MONTH = "OWN_PREVIOUS_MONTH";
    static final String PEER = "PEER";

    private final Jdbc jdbc;
    private final ProjectCohortFigures projects;

    public ParkLevelLineage(Jdbc jdbc, ProjectCohortFigures projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    /** The records of an official figure: the own park's of the period and the month before, the peers' of the period. */
    List<Lineage.OfficialInput> officials(String code, String ownPark, Period period) {
        List<Lineage.OfficialInput> inputs = new ArrayList<>();
        List<OfficialFigure> published = OfficialFigure.list("indicatorCode = ?1 and year = ?2 and month = ?3",
                code, period.year(), period.month());
        published.sort(Comparator.comparing((OfficialFigure f) -> !f.parkCode.equals(ownPark))
                .thenComparing(f -> f.parkCode));
        for (OfficialFigure figure : published) {
            inputs.add(input(figure, figure.parkCode.equals(ownPark) ? OWN : PEER));
        }
        if (period.month() > 2) {
            OfficialFigure before = OfficialFigure.byKey(ownPark, code, new Period(period.year(), period.month() - 1));
            if (before != null) {
                inputs.add(1, input(before, OWN_PREVIOUS_MONTH));
            }
        }
        return inputs;
    }

    /** The monthly sums a project figure adds up, or an empty list for figures that are not sums of months. */
    List<Lineage.ActivityInput> activity(String code, Period period) {
        return switch (code) {
            case "FIXED_ASSET_INVESTMENT" -> months(period, """
                    select year, month, projects, completed_yuan from fai_rollup
                     where dimension = 'PARK' and member = 'PARK' and year = ? and month between 2 and ?
                     order by month""");
            case "NEW_PROJECTS_SIGNED", "NEW_PROJECTS_SIGNED_INVESTMENT" -> signed(period);
            case "FUNDS_ARRIVED" -> months(period, """
                    select extract(year from arrived_on)::int, greatest(extract(month from arrived_on)::int, 2), count(*),
                           sum(amount_yuan)
                      from project_funds where extract(year from arrived_on) = ? and extract(month from arrived_on) <= ?
                     group by 1, 2 order by 2""");
            case "FUNDS_ARRIVAL_RATE" -> projects.fundsAgainstPlan(period);
            default -> List.of();
        };
    }

    private List<Lineage.ActivityInput> months(Period period, String sql) {
        List<Lineage.ActivityInput> inputs = new ArrayList<>();
        for (int year : new int[]{period.year(), period.year() - 1}) {
            boolean base = year < period.year();
            inputs.addAll(jdbc.list(sql, rows -> new Lineage.ActivityInput(
                    new Period(rows.getInt(1), rows.getInt(2)).toString(), rows.getLong(3), rows.getBigDecimal(4),
                    base), year, period.month()));
        }
        return inputs;
    }

    /** Projects signed per statistical month (January in 1–2月), with their planned investment. */
    private List<Lineage.ActivityInput> signed(Period period) {
        List<Lineage.ActivityInput> inputs = new ArrayList<>();
        for (Period end : List.of(period, period.sameMonthLastYear())) {
            boolean base = end.year() < period.year();
            inputs.addAll(jdbc.list("""
                    select greatest(extract(month from signed_on)::int, 2) as month, count(*),
                           coalesce(sum(planned_investment_yuan), 0)
                      from project_copy where signed_on between ? and ?
                     group by 1 order by 1""",
                    rows -> new Lineage.ActivityInput(new Period(end.year(), rows.getInt(1)).toString(),
                            rows.getLong(2), rows.getBigDecimal(3), base),
                    LocalDate.of(end.year(), 1, 1), end.lastDay()));
        }
        return inputs;
    }

    private static Lineage.OfficialInput input(OfficialFigure figure, String use) {
        return new Lineage.OfficialInput(figure.parkCode, new Period(figure.year, figure.month).toString(), use,
                figure.ytdValue, figure.ytdGrowthPct, figure.source, figure.publishedOn, figure.recordedBy,
                figure.recordedAt);
    }
}
