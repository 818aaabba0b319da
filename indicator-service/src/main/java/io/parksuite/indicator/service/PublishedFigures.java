package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.IndicatorTarget;
import io.parksuite.indicator.domain.OfficialFigure;
import io.parksuite.indicator.domain.Park;
import io.parksuite.indicator.domain.Period;
import io.parksuite.platform.audit.AuditHistory;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Records what is published rather than reported: official park figures (this park's and its
 * peers', as released; a re-release replaces the figure) and annual targets. Each is an audited
 * record: a value that changes is stamped with who recorded it, and the earlier value is kept in
 * its history; recording the same value again changes nothing.
 */
@ApplicationScoped
public class PublishedFigures {

    private final IndicatorRepository repository;
    private final AuditHistory history;
    private final Clock clock;

    public PublishedFigures(IndicatorRepository repository, AuditHistory history, Clock clock) {
        this.repository = repository;
        this.history = history;
        this.clock = clock;
    }

    /** An official figure as sent, before its park, indicator and period are checked. */
    public record OfficialRow(String parkCode, String indicatorCode, String period, BigDecimal ytdValue,
                              BigDecimal ytdGrowthPct, String source, LocalDate publishedOn) {
    }

    /** A target as sent, before its indicator and dimension are checked. */
    public record TargetRow(String indicatorCode, Integer year, String dimension, String member,
                            BigDecimal targetValue) {
    }

    private record Official(String parkCode, String indicatorCode, Period period, BigDecimal ytdValue,
                            BigDecimal ytdGrowthPct, String source, LocalDate publishedOn) {
    }

    private record Target(String indicatorCode, int year, Cell.Dimension dimension, String member, BigDecimal value) {
    }

    /**
     * Checks every row (known park and indicator, a period that is over) and records them all, or
     * rejects the request naming each invalid row, {@code invalid} (Bean Validation's) included.
     *
     * @return how many figures were recorded
     */
    @Transactional
    public int recordOfficial(List<OfficialRow> rows, List<RowError> invalid, String actor) {
        List<RowError> errors = new ArrayList<>(invalid);
        Set<String> parks = Set.copyOf(repository.parks().stream().map(Park::code).toList());
        Set<String> indicators = Set.copyOf(repository.catalogue().stream().map(IndicatorDefinition::code).toList());
        LocalDate today = Period.today(clock);
        List<Official> figures = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OfficialRow row = rows.get(i);
            int number = i + 1;
            if (row.parkCode() != null && !parks.contains(row.parkCode())) {
                errors.add(new RowError(number, "parkCode", "unknown park; see /api/v1/indicators/parks"));
            }
            if (row.indicatorCode() != null && !indicators.contains(row.indicatorCode())) {
                errors.add(new RowError(number, "indicatorCode", "unknown indicator; see /api/v1/indicators/catalogue"));
            }
            Period.Result period = Period.parse(row.period());
            if (row.period() != null && period.period() == null) {
                errors.add(new RowError(number, "period", period.error()));
            } else if (period.period() != null && period.period().isAfterLastClosedPeriod(today)) {
                errors.add(new RowError(number, "period", "is not over yet"));
            }
            if (period.period() != null && row.parkCode() != null) {
                figures.add(new Official(row.parkCode(), row.indicatorCode(), period.period(), row.ytdValue(),
                        row.ytdGrowthPct(), row.source(), row.publishedOn()));
            }
        }
        if (!errors.isEmpty()) {
            throw BulkRows.rejected(errors);
        }
        storeOfficial(figures, actor);
        return figures.size();
    }

    /**
     * Checks every row (known indicator, a dimension) and sets every target, or rejects the request
     * naming each invalid row, {@code invalid} (Bean Validation's) included.
     *
     * @return how many targets were set
     */
    @Transactional
    public int recordTargets(List<TargetRow> rows, List<RowError> invalid, String actor) {
        List<RowError> errors = new ArrayList<>(invalid);
        Set<String> indicators = Set.copyOf(repository.catalogue().stream().map(IndicatorDefinition::code).toList());
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TargetRow row = rows.get(i);
            if (row.indicatorCode() != null && !indicators.contains(row.indicatorCode())) {
                errors.add(new RowError(i + 1, "indicatorCode", "unknown indicator"));
            }
            Cell.Dimension dimension = null;
            try {
                dimension = row.dimension() == null ? null : Cell.Dimension.valueOf(row.dimension().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(i + 1, "dimension", "must be PARK, CHAIN, DESIGNATION or STREET"));
            }
            if (dimension != null && row.year() != null && row.member() != null && row.targetValue() != null) {
                targets.add(new Target(row.indicatorCode(), row.year(), dimension,
                        dimension == Cell.Dimension.PARK ? Cell.PARK : row.member(), row.targetValue()));
            }
        }
        if (!errors.isEmpty()) {
            throw BulkRows.rejected(errors);
        }
        storeTargets(targets, actor);
        return targets.size();
    }

    /** Every value an official figure has had, oldest first; 404 when it was never recorded. */
    @Transactional
    public List<AuditHistory.Revision> officialHistory(String parkCode, String indicatorCode, Period period) {
        OfficialFigure figure = OfficialFigure.byKey(parkCode, indicatorCode, period);
        if (figure == null) {
            throw ProblemException.notFound("No official figure of " + indicatorCode + " for " + parkCode + " in " + period);
        }
        return history.of(OfficialFigure.class, figure.id);
    }

    /** Every value a target has had, oldest first; 404 when it was never set. */
    @Transactional
    public List<AuditHistory.Revision> targetHistory(String indicatorCode, int year, Cell.Dimension dimension,
                                                     String member) {
        IndicatorTarget target = IndicatorTarget.byKey(indicatorCode, year, dimension, member);
        if (target == null) {
            throw ProblemException.notFound("No " + year + " target of " + indicatorCode + " for " + dimension + " "
                    + member);
        }
        return history.of(IndicatorTarget.class, target.id);
    }

    private void storeOfficial(List<Official> figures, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        for (Official figure : figures) {
            OfficialFigure row = OfficialFigure.byKey(figure.parkCode(), figure.indicatorCode(), figure.period());
            if (row == null) {
                row = new OfficialFigure();
                row.parkCode = figure.parkCode();
                row.indicatorCode = figure.indicatorCode();
                row.year = figure.period().year();
                row.month = figure.period().month();
            } else if (same(row.ytdValue, figure.ytdValue()) && same(row.ytdGrowthPct, figure.ytdGrowthPct())
                    && Objects.equals(row.source, figure.source()) && Objects.equals(row.publishedOn, figure.publishedOn())) {
                continue;
            }
            row.ytdValue = figure.ytdValue();
            row.ytdGrowthPct = figure.ytdGrowthPct();
            row.source = figure.source();
            row.publishedOn = figure.publishedOn();
            row.recordedBy = actor;
            row.recordedAt = now;
            row.persist();
        }
    }

    private void storeTargets(List<Target> targets, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        for (Target target : targets) {
            IndicatorTarget row = IndicatorTarget.byKey(target.indicatorCode(), target.year(), target.dimension(),
                    target.member());
            if (row == null) {
                row = new IndicatorTarget();
                row.indicatorCode = target.indicatorCode();
                row.year = target.year();
                row.dimension = target.dimension().name();
                row.member = target.member();
            } else if (same(row.targetValue, target.value())) {
                continue;
            }
            row.targetValue = target.value();
            row.recordedBy = actor;
            row.recordedAt = now;
            row.persist();
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
