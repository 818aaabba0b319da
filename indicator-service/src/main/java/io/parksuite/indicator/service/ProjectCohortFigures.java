package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.RollupView;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pipeline's figures as indicators, for the park and per industry chain: funds arrived
 * (到位资金, by arrival date) and the rates of the cohort signed in the year to date, each as it
 * stood at the end of the period's month: 履约率 (started), 开工率 (started by the day due under the
 * pipeline's start window), 投产率 (in production) and 资金到位率 (the cohort's funds arrived by
 * then over its planned investment). The same cut as the pipeline's KPIs with {@code from} the
 * year's January, {@code to} the month and {@code asOf} its last day.
 */
@ApplicationScoped
public class ProjectCohortFigures {

    public static final Set<String> CODES = Set.of("FUNDS_ARRIVED", "PROJECT_PERFORMANCE_RATE", "PROJECT_START_RATE",
            "PROJECT_PRODUCTION_RATE", "FUNDS_ARRIVAL_RATE");

    private static final String UNCLASSIFIED = "coalesce(chain_code, '" + Cell.UNCLASSIFIED + "')";

    private final Jdbc jdbc;

    public ProjectCohortFigures(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The cohort as of a day: projects signed, started, started by the day due, in production; planned and arrived funds. */
    record Cohort(long signed, long started, long startedInWindow, long inProduction, BigDecimal planned,
                  BigDecimal funds) {

        static final Cohort EMPTY = new Cohort(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

        Cohort plus(Cohort other) {
            return new Cohort(signed + other.signed, started + other.started, startedInWindow + other.startedInWindow,
                    inProduction + other.inProduction, planned.add(other.planned), funds.add(other.funds));
        }
    }

    public static boolean handles(String code) {
        return CODES.contains(code);
    }

    /** The figure of {@code member} of {@code dimension} (PARK or CHAIN), or null when no project is known. */
    public IndicatorFigure figure(IndicatorDefinition definition, Period period, Cell.Dimension dimension,
                                  String member, BigDecimal target) {
        if (jdbc.first("select 1 from project_copy limit 1", row -> 1).isEmpty()) {
            return null;
        }
        String chain = dimension == Cell.Dimension.CHAIN ? member : null;
        IndicatorFigure.Builder figure = FigureArithmetic.parkFigure(definition, period, "PROJECTS")
                .cell(dimension.name(), member).target(target);
        if (definition.code().equals("FUNDS_ARRIVED")) {
            BigDecimal ytd = arrived(chain, yearStart(period.year()), period.lastDay());
            BigDecimal lastYear = arrived(chain, yearStart(period.year() - 1), period.sameMonthLastYear().lastDay());
            BigDecimal share = chain == null ? null
                    : RollupView.sharePct(ytd, arrived(null, yearStart(period.year()), period.lastDay()));
            return figure.value(arrived(chain, monthStart(period), period.lastDay())).ytdValue(ytd)
                    .yoyPct(RollupView.growthPct(ytd, lastYear)).sharePct(share)
                    .targetProgressPct(FigureArithmetic.progressPct(ytd, target)).build();
        }
        Cohort cohort = cohorts(period).getOrDefault(chain == null ? Cell.PARK : chain, Cohort.EMPTY);
        BigDecimal signed = BigDecimal.valueOf(cohort.signed());
        BigDecimal rate = switch (definition.code()) {
            case "PROJECT_PERFORMANCE_RATE" -> RollupView.sharePct(BigDecimal.valueOf(cohort.started()), signed);
            case "PROJECT_START_RATE" -> RollupView.sharePct(BigDecimal.valueOf(cohort.startedInWindow()), signed);
            case "PROJECT_PRODUCTION_RATE" -> RollupView.sharePct(BigDecimal.valueOf(cohort.inProduction()), signed);
            case "FUNDS_ARRIVAL_RATE" -> RollupView.sharePct(cohort.funds(), cohort.planned());
            default -> throw new IllegalArgumentException(definition.code());
        };
        return figure.value(rate).ytdValue(rate).targetProgressPct(FigureArithmetic.progressPct(rate, target))
                .build();
    }

    /**
     * What a cohort rate counts at the end of the period's month (YEAR_TO_DATE): projects started,
     * started by the day due or in production out of those signed; empty for the other figures.
     */
    public List<Lineage.CountInput> cohortCounts(String code, Period period) {
        Cohort cohort = cohorts(period).getOrDefault(Cell.PARK, Cohort.EMPTY);
        Long counted = switch (code) {
            case "PROJECT_PERFORMANCE_RATE" -> cohort.started();
            case "PROJECT_START_RATE" -> cohort.startedInWindow();
            case "PROJECT_PRODUCTION_RATE" -> cohort.inProduction();
            default -> null;
        };
        return counted == null ? List.of()
                : List.of(new Lineage.CountInput(ActivityFigures.YEAR_TO_DATE, counted, cohort.signed()));
    }

    /**
     * The two sums 资金到位率 divides, as of the period's month end: the cohort's funds arrived, and
     * (marked base) its planned investment, each with the number of projects in the cohort.
     */
    public List<Lineage.ActivityInput> fundsAgainstPlan(Period period) {
        Cohort cohort = cohorts(period).getOrDefault(Cell.PARK, Cohort.EMPTY);
        return List.of(new Lineage.ActivityInput(period.toString(), cohort.signed(), cohort.funds(), false),
                new Lineage.ActivityInput(period.toString(), cohort.signed(), cohort.planned(), true));
    }

    /** The chains with a project signed in the period's year to date or funds arrived in it. */
    public Set<String> chains(Period period) {
        return new TreeSet<>(jdbc.list("select distinct " + UNCLASSIFIED + " from project_copy p"
                        + " where signed_on between ? and ? or exists (select 1 from project_funds f"
                        + " where f.project_id = p.project_id and arrived_on between ? and ?)",
                row -> row.getString(1), yearStart(period.year()), period.lastDay(), yearStart(period.year()),
                period.lastDay()));
    }

    /** The cohort of the period by chain, and the park's under {@link Cell#PARK}. */
    private Map<String, Cohort> cohorts(Period period) {
        LocalDate asOf = period.lastDay();
        Map<String, Cohort> cohorts = new HashMap<>();
        jdbc.list("""
                select %s, count(*), count(*) filter (where construction_on <= ?),
                       count(*) filter (where construction_on <= ? and construction_on <= start_due_on),
                       count(*) filter (where production_on <= ?), coalesce(sum(planned_investment_yuan), 0),
                       coalesce(sum((select sum(amount_yuan) from project_funds f
                                      where f.project_id = p.project_id and f.arrived_on <= ?)), 0)
                  from project_copy p where signed_on between ? and ? group by 1""".formatted(UNCLASSIFIED),
                row -> Map.entry(row.getString(1), new Cohort(row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getBigDecimal(6), row.getBigDecimal(7))),
                asOf, asOf, asOf, asOf, yearStart(period.year()), asOf)
                .forEach(chain -> {
                    cohorts.put(chain.getKey(), chain.getValue());
                    cohorts.merge(Cell.PARK, chain.getValue(), Cohort::plus);
                });
        return cohorts;
    }

    private BigDecimal arrived(String chain, LocalDate from, LocalDate to) {
        return jdbc.first("select coalesce(sum(amount_yuan), 0) from project_funds f join project_copy p using (project_id)"
                        + " where arrived_on between ? and ? and (cast(? as varchar) is null or " + UNCLASSIFIED + " = ?)",
                row -> row.getBigDecimal(1), from, to, nullable(chain), nullable(chain)).orElseThrow();
    }

    private static Object nullable(String value) {
        return value == null ? new Jdbc.TypedNull(java.sql.Types.VARCHAR) : value;
    }

    private static LocalDate yearStart(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate monthStart(Period period) {
        return period.month() == 2 ? yearStart(period.year()) : LocalDate.of(period.year(), period.month(), 1);
    }
}
