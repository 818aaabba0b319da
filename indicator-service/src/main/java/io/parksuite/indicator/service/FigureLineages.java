package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Park;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportIndicator;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * 数据溯源: the lineage of any figure the indicator answers serve, beside the figure as served
 * (dashboard, breakdown and series give the same figure for the same cell). Callers who may see
 * enterprise figures get the contributing enterprises, a page of them or each handed on as it is
 * traced (a whole-park figure has one per enterprise of the park, tens of thousands of them);
 * everyone else the disclosure-safe lineage ({@link LineageDisclosure}).
 */
@ApplicationScoped
public class FigureLineages {

    static final String FIGURES = "FIGURES";
    static final String SAME_SCOPE_GROWTH = "SAME_SCOPE_GROWTH";
    static final String LAST_YEAR_GROWTH = "LAST_YEAR_GROWTH";

    private final IndicatorRepository repository;
    private final IndicatorQueries queries;
    private final Dashboards dashboards;
    private final Withholding withholding;
    private final ReportLineage reports;
    private final ParkLevelLineage parkLevel;
    private final ActivityFigures activity;
    private final ProjectCohortFigures projects;

    public FigureLineages(IndicatorRepository repository, IndicatorQueries queries, Dashboards dashboards,
                          Withholding withholding, ReportLineage reports, ParkLevelLineage parkLevel,
                          ActivityFigures activity, ProjectCohortFigures projects) {
        this.repository = repository;
        this.queries = queries;
        this.dashboards = dashboards;
        this.withholding = withholding;
        this.reports = reports;
        this.parkLevel = parkLevel;
        this.activity = activity;
        this.projects = projects;
    }

    /**
     * The lineage of indicator {@code code} in one cell (the park when {@code dimension} is PARK)
     * and period with one page of its contributors in USCC order (the totals are of all of them);
     * 404 for an indicator not in the catalogue, 422 for a cell an indicator not summed from reports
     * does not have or a page out of bounds.
     */
    @Transactional
    public Lineage lineage(String code, Cell.Dimension dimension, String member, Period period, boolean disclose,
                           PageRequest page) {
        ContributorPage kept = new ContributorPage(page.offset(), page.size());
        Lineage lineage = lineage(code, dimension, member, period, disclose, kept);
        return lineage.contributors() == null ? lineage : lineage.withContributors(kept.items());
    }

    /**
     * The same lineage with every contributor handed to {@code each} in USCC order as it is traced,
     * none kept: its {@code contributors} are empty when the lineage is enterprise-level, null
     * otherwise (and then {@code each} gets none).
     */
    @Transactional
    public Lineage lineage(String code, Cell.Dimension dimension, String member, Period period, boolean disclose,
                           Consumer<Lineage.Contributor> each) {
        IndicatorDefinition definition = repository.catalogue().stream().filter(d -> d.code().equals(code))
                .findFirst().orElseThrow(() -> ProblemException.notFound("No indicator " + code
                        + " in the catalogue; see /api/v1/indicators/catalogue"));
        var reported = ReportIndicator.of(code);
        if (reported.isPresent()) {
            return fromReports(definition, reported.get(), dimension, member, period, disclose, each);
        }
        if (dimension != Cell.Dimension.PARK) {
            throw ProblemException.invalidField("dimension", code + " is a park-level figure (source "
                    + definition.source() + "); its lineage has dimension PARK only");
        }
        return parkLevel(definition, period, disclose);
    }

    private Lineage fromReports(IndicatorDefinition definition, ReportIndicator indicator, Cell.Dimension dimension,
                                String member, Period period, boolean disclose, Consumer<Lineage.Contributor> each) {
        Cell.Dimension cellDimension = dimension == Cell.Dimension.PARK ? indicator.parkDimension() : dimension;
        String cellMember = dimension == Cell.Dimension.PARK ? indicator.parkMember() : member;
        IndicatorFigure served = dimension == Cell.Dimension.PARK ? dashboardFigure(definition.code(), period, disclose)
                : queries.series(definition.code(), dimension, member, period, period, disclose).get(0);
        Lineage.Totals totals = reports.trace(new ReportLineage.Target(definition, indicator, cellDimension,
                cellMember, period), disclose ? each : contributor -> { });
        Withholding.Facts facts = withholding.facts();
        Withholding.Withheld withheld = indicator.confidential() ? withholding.withheld(facts, indicator.scope,
                cellDimension, period, indicator.measure) : null;
        List<Lineage.WithheldCell> cells = new ArrayList<>();
        if (withheld != null) {
            if (cellDimension != Cell.Dimension.PARK) {
                cells.addAll(withheldCells(Cell.Dimension.PARK, withholding.withheld(facts, indicator.scope,
                        Cell.Dimension.PARK, period, indicator.measure)));
            }
            cells.addAll(withheldCells(cellDimension, withheld));
        }
        Lineage.Rules rules = LineageRules.ofReports(indicator, cellDimension, period);
        Lineage lineage = new Lineage(definition.code(), definition.nameZh(), definition.unit(), period.toString(),
                cellDimension.name(), cellMember, definition.source(), true, served, rules, totals,
                List.of(), List.of(), List.of(), List.of(), List.copyOf(cells));
        if (disclose) {
            return lineage;
        }
        boolean baseWithheld = withheld != null && withheld.bases().contains(cellMember);
        return LineageDisclosure.safe(lineage, baseWithheld);
    }

    private Lineage parkLevel(IndicatorDefinition definition, Period period, boolean disclose) {
        Park own = repository.parks().stream().filter(Park::own).findFirst().orElseThrow();
        IndicatorFigure served = dashboardFigure(definition.code(), period, disclose);
        boolean official = "OFFICIAL".equals(served.source());
        return new Lineage(definition.code(), definition.nameZh(), definition.unit(), period.toString(),
                Cell.Dimension.PARK.name(), Cell.PARK, served.source(), false, served,
                LineageRules.ofParkLevel(definition, served.source(), period), null,
                null, official ? parkLevel.officials(definition.code(), own.code(), period) : List.of(),
                official ? List.of() : parkLevel.activity(definition.code(), period),
                switch (served.source()) {
                    case "APPROVALS" -> activity.deskCounts(definition, period);
                    case "PROJECTS" -> projects.cohortCounts(definition.code(), period);
                    default -> List.<Lineage.CountInput>of();
                }, List.of());
    }

    /** The park figure as the dashboard serves it (its rank among peer parks included). */
    private IndicatorFigure dashboardFigure(String code, Period period, boolean disclose) {
        return dashboards.dashboard(period, disclose).indicators().stream().filter(f -> f.code().equals(code))
                .findFirst().orElseThrow(() -> ProblemException.notFound("No figure of " + code + " for " + period));
    }

    private static List<Lineage.WithheldCell> withheldCells(Cell.Dimension dimension, Withholding.Withheld withheld) {
        List<Lineage.WithheldCell> cells = new ArrayList<>();
        add(cells, dimension, withheld.cells(), FIGURES);
        add(cells, dimension, without(withheld.bases(), withheld.cells()), SAME_SCOPE_GROWTH);
        add(cells, dimension, without(withheld.lastYear(), withheld.cells()), LAST_YEAR_GROWTH);
        return cells;
    }

    private static Set<String> without(Set<String> members, Set<String> whole) {
        Set<String> rest = new TreeSet<>(members);
        rest.removeAll(whole);
        return rest;
    }

    private static void add(List<Lineage.WithheldCell> cells, Cell.Dimension dimension, Set<String> members,
                            String part) {
        members.stream().sorted().forEach(member -> cells.add(new Lineage.WithheldCell(dimension.name(), member, part)));
    }
}
