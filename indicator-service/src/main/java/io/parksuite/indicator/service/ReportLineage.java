package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Classification;
import io.parksuite.indicator.domain.Contributions;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportFigures;
import io.parksuite.indicator.domain.ReportIndicator;
import io.parksuite.indicator.domain.RollupView;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lineage of a figure summed from reports (源自企业月报). Each enterprise's share of the cell is
 * what {@link Contributions} adds to the rollup for it, read back with {@link RollupView}, and the
 * totals are {@link FigureArithmetic#reportFigure} over the shares merged: the lineage follows the
 * rollup's rule and the figure's arithmetic by running the same code, so the two cannot drift.
 */
@ApplicationScoped
public class ReportLineage {

    private static final int CHUNK = 1000;

    private final Jdbc jdbc;
    private final ReportFacts facts;
    private final Classifications classifications;

    public ReportLineage(Jdbc jdbc, ReportFacts facts, Classifications classifications) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.classifications = classifications;
    }

    /** One cell of an indicator in a period: what the lineage explains. */
    record Target(IndicatorDefinition definition, ReportIndicator indicator, Cell.Dimension dimension, String member,
                  Period period) {
    }

    /** The contributors of the cell, each with its share, and the totals of the shares. */
    record Traced(List<Lineage.Contributor> contributors, Lineage.Totals totals) {
    }

    /** Every enterprise whose current reports count in the cell or in its same-scope base (同口径). */
    Traced trace(Target target) {
        Period period = target.period();
        int year = period.year();
        Map<String, List<ReportFacts.Revision>> byEnterprise = new TreeMap<>();
        jdbc.call(connection -> facts.revisions(connection, year - 1, year, period.month()))
                .forEach(r -> byEnterprise.computeIfAbsent(r.uscc(), k -> new ArrayList<>()).add(r));
        Map<String, Classification> classified = new HashMap<>();
        List<String> usccs = new ArrayList<>(byEnterprise.keySet());
        for (int from = 0; from < usccs.size(); from += CHUNK) {
            List<String> chunk = usccs.subList(from, Math.min(from + CHUNK, usccs.size()));
            classified.putAll(jdbc.call(connection -> classifications.load(connection, chunk)));
        }
        Map<Cell, Measures> merged = new TreeMap<>();
        List<Lineage.Contributor> contributors = new ArrayList<>();
        byEnterprise.forEach((uscc, revisions) -> {
            Classification classification = classified.get(uscc);
            if (classification == null) {
                return;
            }
            Lineage.Contributor contributor = share(target, classification, revisions, merged);
            if (contributor != null) {
                contributors.add(contributor);
            }
        });
        return new Traced(contributors, totals(target, contributors, new RollupView(merged)));
    }

    private static Lineage.Contributor share(Target target, Classification classification,
                                             List<ReportFacts.Revision> revisions, Map<Cell, Measures> merged) {
        Map<Period, ReportFigures> reports = new TreeMap<>();
        revisions.forEach(r -> reports.put(r.period(), r.figures()));
        Map<Cell, Measures> own = Contributions.ofCell(classification, reports, target.indicator().scope,
                target.dimension(), target.member(), target.period().year());
        if (own.isEmpty()) {
            return null;
        }
        Figures figures = Figures.of(target, new RollupView(own));
        if (figures.ytd() == null && figures.priorYtd() == null) {
            return null;
        }
        own.forEach((cell, measures) -> merged.merge(cell, measures, Measures::plus));
        Measures.Measure measure = target.indicator().measure;
        int month = target.period().month();
        List<Lineage.ReportUsed> used = new ArrayList<>();
        ReportFacts.Revision current = null;
        for (ReportFacts.Revision revision : revisions) {
            Period reported = revision.period();
            boolean counted = own.containsKey(new Cell(target.indicator().scope, target.dimension(), target.member(),
                    target.period().year(), reported.year(), reported.month()))
                    && (measure.flow || reported.month() == month);
            if (!counted) {
                continue;
            }
            if (reported.equals(target.period())) {
                current = revision;
            }
            used.add(new Lineage.ReportUsed(reported.toString(), revision.revision(), revision.status(),
                    revision.submittedBy(), revision.submittedAt(),
                    Measures.ofReport(revision.figures()).value(measure),
                    reported.year() < target.period().year()));
        }
        return new Lineage.Contributor(classification.uscc(), revisions.get(0).name(),
                current == null ? null : current.revision(), current == null ? null : current.status(),
                current == null ? null : current.submittedBy(), current == null ? null : current.submittedAt(),
                figures.value(), figures.ytd(), figures.prior(), figures.priorYtd(), figures.priorYtd() != null,
                List.copyOf(used));
    }

    private static Lineage.Totals totals(Target target, List<Lineage.Contributor> contributors, RollupView view) {
        IndicatorFigure summed = FigureArithmetic.reportFigure(target.definition(), target.indicator(), view,
                target.dimension(), target.member(), target.period(), null);
        Figures figures = Figures.of(target, view);
        return new Lineage.Totals(
                (int) contributors.stream().filter(c -> c.value() != null).count(),
                (int) contributors.stream().filter(c -> c.ytdValue() != null).count(),
                (int) contributors.stream().filter(Lineage.Contributor::inBase).count(),
                contributors.size(), summed.value(), summed.ytdValue(), figures.prior(), figures.priorYtd(),
                summed.yoyPct(), summed.monthYoyPct());
    }

    /** The month, year to date and same-scope bases of one cell, read as the figure reads them. */
    private record Figures(BigDecimal value, BigDecimal ytd, BigDecimal prior, BigDecimal priorYtd) {

        static Figures of(Target target, RollupView view) {
            Cell.Scope scope = target.indicator().scope;
            Measures.Measure measure = target.indicator().measure;
            int year = target.period().year();
            int month = target.period().month();
            return new Figures(
                    view.month(scope, target.dimension(), target.member(), year, year, month, measure),
                    view.ytd(scope, target.dimension(), target.member(), year, year, month, measure),
                    view.month(scope, target.dimension(), target.member(), year, year - 1, month, measure),
                    view.ytd(scope, target.dimension(), target.member(), year, year - 1, month, measure));
        }
    }
}
