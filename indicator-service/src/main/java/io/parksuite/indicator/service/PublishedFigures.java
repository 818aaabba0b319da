package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorTarget;
import io.parksuite.indicator.domain.OfficialFigure;
import io.parksuite.indicator.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Records what is published rather than reported: official park figures (this park's and its
 * peers', as released; a re-release replaces the figure) and annual targets. Each is an audited
 * record: a value that changes is stamped with who recorded it, and the earlier value is kept in
 * its history; recording the same value again changes nothing.
 */
@ApplicationScoped
public class PublishedFigures {

    /** One official figure to record. */
    public record Official(String parkCode, String indicatorCode, Period period, BigDecimal ytdValue,
                           BigDecimal ytdGrowthPct, String source, LocalDate publishedOn) {
    }

    /** One target to record. */
    public record Target(String indicatorCode, int year, Cell.Dimension dimension, String member, BigDecimal value) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOfficial(List<Official> figures, String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordTargets(List<Target> targets, String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
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
