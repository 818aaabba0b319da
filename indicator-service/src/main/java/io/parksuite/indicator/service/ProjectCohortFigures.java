package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.RollupView;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * The cohort as of a day: projects signed, started, started by the day due, in production;
     * planned and arrived funds.
     */
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
        Sums sums = sums(definition, period);
        return sums == null ? null : sums.figure(definition, period, dimension, member, target);
    }

    /**
     * The park's figure followed by one per chain of {@code chains(period)}, from one reading of the
     * period's sums; empty when no project is known.
     */
    public List<IndicatorFigure> byChain(IndicatorDefinition definition, Period period, BigDecimal parkTarget,
                                         Map<String, BigDecimal> targets) {
        Sums sums = sums(definition, period);
        if (sums == null) {
            return List.of();
        }
        List<IndicatorFigure> figures = new ArrayList<>();
        figures.add(sums.figure(definition, period, Cell.Dimension.PARK, Cell.PARK, parkTarget));
        for (String chain : chains(period)) {
            figures.add(sums.figure(definition, period, Cell.Dimension.CHAIN, chain, targets.get(chain)));
        }
        return figures;
    }

    /** What the figures of a period are made of, by chain and for the park ({@link Cell#PARK}). */
    private record Sums(Map<String, BigDecimal> month, Map<String, BigDecimal> ytd, Map<String, BigDecimal> lastYear,
                        Map<String, Cohort> cohorts) {

        IndicatorFigure figure(IndicatorDefinition definition, Period period, Cell.Dimension dimension, String member,
                               BigDecimal target) {
            String key = dimension == Cell.Dimension.CHAIN ? member : Cell.PARK;
            IndicatorFigure.Builder figure = FigureArithmetic.parkFigure(definition, period, "PROJECTS")
                    .cell(dimension.name(), member).target(target);
            if (definition.code().equals("FUNDS_ARRIVED")) {
                BigDecimal ytdValue = ytd.getOrDefault(key, BigDecimal.ZERO);
                return figure.value(month.getOrDefault(key, BigDecimal.ZERO)).ytdValue(ytdValue)
                        .yoyPct(RollupView.growthPct(ytdValue, lastYear.getOrDefault(key, BigDecimal.ZERO)))
                        .sharePct(dimension == Cell.Dimension.CHAIN
                                ? RollupView.sharePct(ytdValue, ytd.getOrDefault(Cell.PARK, BigDecimal.ZERO)) : null)
                        .targetProgressPct(FigureArithmetic.progressPct(ytdValue, target)).build();
            }
            Cohort cohort = cohorts.getOrDefault(key, Cohort.EMPTY);
            BigDecimal signed = BigDecimal.valueOf(cohort.signed());
            BigDecimal rate = switch (definition.code()) {
                case "PROJECT_PERFORMANCE_RATE" -> RollupView.sharePct(BigDecimal.valueOf(cohort.started()), signed);
                case "PROJECT_START_RATE" -> RollupView.sharePct(BigDecimal.valueOf(cohort.startedInWindow()), signed);
                case "PROJECT_PRODUCTION_RATE" ->
                        RollupView.sharePct(BigDecimal.valueOf(cohort.inProduction()), signed);
                case "FUNDS_ARRIVAL_RATE" -> RollupView.sharePct(cohort.funds(), cohort.planned());
                default -> throw new IllegalArgumentException(definition.code());
            };
            return figure.value(rate).ytdValue(rate).targetProgressPct(FigureArithmetic.progressPct(rate, target))
                    .build();
        }
    }

    /** The period's sums for the figure's kind, or null when no project is known. */
    private Sums sums(IndicatorDefinition definition, Period period) {
        if (jdbc.first("select 1 from project_copy limit 1", row -> 1).isEmpty()) {
            return null;
        }
        if (definition.code().equals("FUNDS_ARRIVED")) {
            return new Sums(arrived(monthStart(period), period.lastDay()),
                    arrived(yearStart(period.year()), period.lastDay()),
                    arrived(yearStart(period.year() - 1), period.sameMonthLastYear().lastDay()), Map.of());
        }
        return new Sums(Map.of(), Map.of(), Map.of(), cohorts(period));
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

    /** Funds arrived between two days by chain, and the park's under {@link Cell#PARK}. */
    private Map<String, BigDecimal> arrived(LocalDate from, LocalDate to) {
        Map<String, BigDecimal> arrived = new HashMap<>();
        jdbc.list("select " + UNCLASSIFIED + ", sum(amount_yuan)"
                        + " from project_funds f join project_copy p using (project_id)"
                        + " where arrived_on between ? and ? group by 1",
                row -> Map.entry(row.getString(1), row.getBigDecimal(2)), from, to)
                .forEach(chain -> {
                    arrived.put(chain.getKey(), chain.getValue());
                    arrived.merge(Cell.PARK, chain.getValue(), BigDecimal::add);
                });
        return arrived;
    }

    private static LocalDate yearStart(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate monthStart(Period period) {
        return period.month() == 2 ? yearStart(period.year()) : LocalDate.of(period.year(), period.month(), 1);
    }
}
