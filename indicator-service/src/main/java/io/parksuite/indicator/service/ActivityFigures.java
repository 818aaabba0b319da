package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.RollupView;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators from the project and approval copies: fixed-asset investment (固定资产投资, from the
 * incrementally kept {@code fai_rollup}), projects signed, the approval desk's KPIs over
 * applications (网上办率, 一次办率, average working days against the promise, overdue applications)
 * and over the service-item catalogue (网上可办, 全程网办 and 一次办 shares of 依申请 items, stock
 * figures of the catalogue now). Periods are statistical: the year to date up to the period's
 * month, January counted in 1–2月, dates in Asia/Shanghai.
 */
@ApplicationScoped
public class ActivityFigures {

    static final String MONTH = "MONTH";
    static final String YEAR_TO_DATE = "YEAR_TO_DATE";
    static final String CATALOGUE = "CATALOGUE";

    private final Jdbc jdbc;
    private final ProjectCohortFigures projects;

    public ActivityFigures(Jdbc jdbc, ProjectCohortFigures projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    /** The figure of {@code definition} for {@code period}, or null when nothing is known for it. */
    IndicatorFigure figure(IndicatorDefinition definition, Period period, BigDecimal target) {
        return switch (definition.code()) {
            case "FIXED_ASSET_INVESTMENT" -> fai(definition, period, target);
            case "NEW_PROJECTS_SIGNED" -> signed(definition, period, "count(*)", target);
            case "NEW_PROJECTS_SIGNED_INVESTMENT" -> signed(definition, period,
                    "coalesce(sum(planned_investment_yuan), 0)", target);
            case "ONLINE_RATE", "ONE_VISIT_RATE", "AVERAGE_WORKING_DAYS", "AVERAGE_WORKING_DAYS_STATUTORY",
                 "OVERDUE_APPLICATIONS" ->
                    desk(definition, period);
            case "ITEM_ONLINE_RATE" -> catalogueShare(definition, period, target, "handling_depth <> 'ON_SITE'");
            case "ITEM_FULLY_ONLINE_RATE" -> catalogueShare(definition, period, target,
                    "handling_depth = 'FULLY_ONLINE'");
            case "ITEM_ONE_VISIT_RATE" -> catalogueShare(definition, period, target, "max_visits <= 1");
            default -> ProjectCohortFigures.handles(definition.code())
                    ? projects.figure(definition, period, Cell.Dimension.PARK, Cell.PARK, target) : null;
        };
    }

    /** Projects by stage (线索, 在谈, 签约, …) as known now. */
    Map<String, Integer> projectsByStage() {
        Map<String, Integer> stages = new LinkedHashMap<>();
        jdbc.list("select stage, count(*) from project_copy group by stage order by stage",
                rows -> Map.entry(rows.getString(1), rows.getInt(2)))
                .forEach(stage -> stages.put(stage.getKey(), stage.getValue()));
        return stages;
    }

    private IndicatorFigure fai(IndicatorDefinition d, Period period, BigDecimal target) {
        BigDecimal ytd = faiSum(period.year(), 2, period.month());
        if (ytd == null) {
            return null;
        }
        BigDecimal month = faiSum(period.year(), period.month(), period.month());
        BigDecimal lastYear = faiSum(period.year() - 1, 2, period.month());
        BigDecimal growth = RollupView.growthPct(ytd, lastYear);
        BigDecimal pp = null;
        if (period.month() > 2) {
            pp = RollupView.ppChange(growth, RollupView.growthPct(faiSum(period.year(), 2, period.month() - 1),
                    faiSum(period.year() - 1, 2, period.month() - 1)));
        }
        return FigureArithmetic.parkFigure(d, period, "PROJECTS").value(month).ytdValue(ytd).yoyPct(growth)
                .ppChange(pp).target(target).targetProgressPct(FigureArithmetic.progressPct(ytd, target)).build();
    }

    private BigDecimal faiSum(int year, int fromMonth, int toMonth) {
        return decimal("""
                select sum(completed_yuan) from fai_rollup
                 where dimension = 'PARK' and member = 'PARK' and year = ? and month between ? and ?""",
                year, fromMonth, toMonth);
    }

    private IndicatorFigure signed(IndicatorDefinition d, Period period, String aggregate, BigDecimal target) {
        BigDecimal ytd = signedIn(aggregate, yearStart(period.year()), monthEnd(period));
        if (ytd.signum() == 0 && count("select count(*) from project_copy") == 0) {
            return null;
        }
        BigDecimal month = signedIn(aggregate, monthStart(period), monthEnd(period));
        Period lastYear = period.sameMonthLastYear();
        BigDecimal before = signedIn(aggregate, yearStart(lastYear.year()), monthEnd(lastYear));
        return FigureArithmetic.parkFigure(d, period, "PROJECTS").value(month).ytdValue(ytd)
                .yoyPct(RollupView.growthPct(ytd, before)).target(target)
                .targetProgressPct(FigureArithmetic.progressPct(ytd, target)).build();
    }

    private BigDecimal signedIn(String aggregate, LocalDate from, LocalDate to) {
        return decimal("select " + aggregate + " from project_copy where signed_on between ? and ?", from, to);
    }

    private IndicatorFigure desk(IndicatorDefinition d, Period period) {
        if (count("select count(*) from application_copy") == 0) {
            return null;
        }
        OffsetDateTime ytdFrom = yearStart(period.year()).atStartOfDay(Period.ZONE).toOffsetDateTime();
        OffsetDateTime monthFrom = monthStart(period).atStartOfDay(Period.ZONE).toOffsetDateTime();
        OffsetDateTime to = monthEnd(period).plusDays(1).atStartOfDay(Period.ZONE).toOffsetDateTime();
        IndicatorFigure.Builder figure = FigureArithmetic.parkFigure(d, period, "APPROVALS");
        return switch (d.code()) {
            case "ONLINE_RATE" -> figure.value(ratio("submitted_at", "channel = 'ONLINE'", monthFrom, to))
                    .ytdValue(ratio("submitted_at", "channel = 'ONLINE'", ytdFrom, to)).build();
            case "ONE_VISIT_RATE" -> figure.value(ratio("concluded_at", "visits <= 1", monthFrom, to))
                    .ytdValue(ratio("concluded_at", "visits <= 1", ytdFrom, to)).build();
            case "AVERAGE_WORKING_DAYS", "AVERAGE_WORKING_DAYS_STATUTORY" -> {
                String limit = d.code().equals("AVERAGE_WORKING_DAYS") ? "promised_limit_days" : "statutory_limit_days";
                BigDecimal[] ytd = averages(limit, ytdFrom, to);
                BigDecimal[] month = averages(limit, monthFrom, to);
                yield figure.value(month[0]).ytdValue(ytd[0]).target(ytd[1])
                        .targetProgressPct(RollupView.sharePct(ytd[0], ytd[1])).build();
            }
            case "OVERDUE_APPLICATIONS" -> figure.value(overdue(monthFrom, to)).ytdValue(overdue(ytdFrom, to)).build();
            default -> null;
        };
    }

    /**
     * A share of the 依申请 items of the catalogue as it stands (a stock figure: the same for the
     * month and the year to date); market services and other kinds left out; null without items.
     */
    private IndicatorFigure catalogueShare(IndicatorDefinition d, Period period, BigDecimal target, String condition) {
        Lineage.CountInput items = itemsOf(condition);
        BigDecimal share = RollupView.sharePct(BigDecimal.valueOf(items.counted()), BigDecimal.valueOf(items.of()));
        if (share == null) {
            return null;
        }
        return FigureArithmetic.parkFigure(d, period, "APPROVALS").value(share).ytdValue(share).target(target)
                .targetProgressPct(FigureArithmetic.progressPct(share, target)).build();
    }

    private BigDecimal ratio(String at, String condition, OffsetDateTime from, OffsetDateTime to) {
        Lineage.CountInput counted = shareOf(at, condition, from, to, null);
        return RollupView.sharePct(BigDecimal.valueOf(counted.counted()), BigDecimal.valueOf(counted.of()));
    }

    /** The applications of a window ({@code at} in [from, to)) and those of them meeting {@code condition}. */
    private Lineage.CountInput shareOf(String at, String condition, OffsetDateTime from, OffsetDateTime to,
                                       String window) {
        return jdbc.first("select count(*) filter (where " + condition + "), count(*) from application_copy where "
                        + at + " >= ? and " + at + " < ?",
                row -> new Lineage.CountInput(window, row.getLong(1), row.getLong(2)), from, to).orElseThrow();
    }

    /**
     * 数据溯源 of an approval-desk figure: per window, what its ratio, average or count is taken over
     * (the same queries as the figure): applications meeting the condition out of all of the window,
     * working days used in total out of the concluded applications averaged, overdue applications,
     * or catalogue items (the catalogue as it stands).
     */
    List<Lineage.CountInput> deskCounts(IndicatorDefinition d, Period period) {
        OffsetDateTime ytdFrom = yearStart(period.year()).atStartOfDay(Period.ZONE).toOffsetDateTime();
        OffsetDateTime monthFrom = monthStart(period).atStartOfDay(Period.ZONE).toOffsetDateTime();
        OffsetDateTime to = monthEnd(period).plusDays(1).atStartOfDay(Period.ZONE).toOffsetDateTime();
        return switch (d.code()) {
            case "ONLINE_RATE" -> List.of(shareOf("submitted_at", "channel = 'ONLINE'", monthFrom, to, MONTH),
                    shareOf("submitted_at", "channel = 'ONLINE'", ytdFrom, to, YEAR_TO_DATE));
            case "ONE_VISIT_RATE" -> List.of(shareOf("concluded_at", "visits <= 1", monthFrom, to, MONTH),
                    shareOf("concluded_at", "visits <= 1", ytdFrom, to, YEAR_TO_DATE));
            case "AVERAGE_WORKING_DAYS", "AVERAGE_WORKING_DAYS_STATUTORY" -> {
                String limit = d.code().equals("AVERAGE_WORKING_DAYS") ? "promised_limit_days" : "statutory_limit_days";
                yield List.of(workingDays(limit, monthFrom, to, MONTH), workingDays(limit, ytdFrom, to, YEAR_TO_DATE));
            }
            case "OVERDUE_APPLICATIONS" -> List.of(
                    new Lineage.CountInput(MONTH, overdue(monthFrom, to).longValue(), null),
                    new Lineage.CountInput(YEAR_TO_DATE, overdue(ytdFrom, to).longValue(), null));
            case "ITEM_ONLINE_RATE" -> List.of(itemsOf("handling_depth <> 'ON_SITE'"));
            case "ITEM_FULLY_ONLINE_RATE" -> List.of(itemsOf("handling_depth = 'FULLY_ONLINE'"));
            case "ITEM_ONE_VISIT_RATE" -> List.of(itemsOf("max_visits <= 1"));
            default -> List.of();
        };
    }

    private Lineage.CountInput itemsOf(String condition) {
        return jdbc.first("select count(*) filter (where " + condition + "), count(*) from service_item_copy"
                + " where item_kind = 'APPLICATION_BASED'",
                row -> new Lineage.CountInput(CATALOGUE, row.getLong(1), row.getLong(2))).orElseThrow();
    }

    /** The working days used in total by the concluded applications {@link #averages} averages, and how many they are. */
    private Lineage.CountInput workingDays(String limit, OffsetDateTime from, OffsetDateTime to, String window) {
        return jdbc.first("""
                select coalesce(sum(working_days_used), 0), count(*) from application_copy
                 where concluded_at >= ? and concluded_at < ? and working_days_used is not null and %1$s is not null"""
                        .formatted(limit),
                row -> new Lineage.CountInput(window, row.getLong(1), row.getLong(2)), from, to).orElseThrow();
    }

    /** The average working days used and the average {@code limit} (a column) of the concluded applications that have one. */
    private BigDecimal[] averages(String limit, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.first("""
                select round(avg(working_days_used), 1), round(avg(%1$s), 1) from application_copy
                 where concluded_at >= ? and concluded_at < ? and working_days_used is not null and %1$s is not null"""
                        .formatted(limit),
                row -> new BigDecimal[]{row.getBigDecimal(1), row.getBigDecimal(2)}, from, to).orElseThrow();
    }

    private BigDecimal overdue(OffsetDateTime from, OffsetDateTime to) {
        return BigDecimal.valueOf(jdbc.first("""
                select count(*) from application_copy
                 where (breached or on_time = false)
                   and coalesce(concluded_at, submitted_at) >= ? and coalesce(concluded_at, submitted_at) < ?""",
                row -> row.getLong(1), from, to).orElseThrow());
    }

    private BigDecimal decimal(String sql, Object... arguments) {
        return jdbc.first(sql, row -> row.getBigDecimal(1), arguments).orElse(null);
    }

    private long count(String sql) {
        return jdbc.first(sql, row -> row.getLong(1)).orElseThrow();
    }

    private static LocalDate yearStart(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate monthStart(Period period) {
        return period.month() == 2 ? yearStart(period.year()) : LocalDate.of(period.year(), period.month(), 1);
    }

    private static LocalDate monthEnd(Period period) {
        return period.lastDay();
    }
}
