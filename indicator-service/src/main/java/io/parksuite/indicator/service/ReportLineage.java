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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The lineage of a figure summed from reports (源自企业月报). Each enterprise's share of the cell is
 * what {@link Contributions} adds to the rollup for it, read back with {@link RollupView}, and the
 * totals are {@link FigureArithmetic#reportFigure} over the shares merged: the lineage follows the
 * rollup's rule and the figure's arithmetic by running the same code, so the two cannot drift.
 */
@ApplicationScoped
public class ReportLineage {

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

    /**
     * Every enterprise whose current reports count in the cell or in its same-scope base (同口径),
     * each handed to {@code sink} in USCC order as it is traced, with the reports read and classified
     * a chunk of enterprises at a time: memory holds a chunk of reports and what {@code sink} keeps.
     * Answers the totals of the shares.
     */
    Lineage.Totals trace(Target target, Consumer<Lineage.Contributor> sink) {
        Period period = target.period();
        Shares shares = new Shares();
        jdbc.call(connection -> {
            facts.revisions(connection, period.year() - 1, period.year(), period.month(), chunk ->
                    shares.add(target, classifications.load(connection, chunk.keySet()), chunk, sink));
            return null;
        });
        return totals(target, shares);
    }

    /** The shares traced so far: merged into cells, and how many contributors count where. */
    private static final class Shares {
        private final Map<Cell, Measures> merged = new TreeMap<>();
        private int inMonth;
        private int inYearToDate;
        private int inBase;
        private int all;

        void add(Target target, Map<String, Classification> classified,
                 Map<String, List<ReportFacts.Revision>> revisions, Consumer<Lineage.Contributor> sink) {
            revisions.forEach((uscc, own) -> {
                Classification classification = classified.get(uscc);
                Lineage.Contributor contributor = classification == null ? null
                        : share(target, classification, own, merged);
                if (contributor == null) {
                    return;
                }
                all++;
                inMonth += contributor.value() == null ? 0 : 1;
                inYearToDate += contributor.ytdValue() == null ? 0 : 1;
                inBase += contributor.inBase() ? 1 : 0;
                sink.accept(contributor);
            });
        }
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

    private static Lineage.Totals totals(Target target, Shares shares) {
        RollupView view = new RollupView(shares.merged);
        IndicatorFigure summed = FigureArithmetic.reportFigure(target.definition(), target.indicator(), view,
                target.dimension(), target.member(), target.period(), null);
        Figures figures = Figures.of(target, view);
        return new Lineage.Totals(shares.inMonth, shares.inYearToDate, shares.inBase, shares.all, summed.value(),
                summed.ytdValue(), figures.prior(), figures.priorYtd(), summed.yoyPct(), summed.monthYoyPct());
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
