package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Records what is published rather than reported: official park figures (this park's and its
 * peers', as released; a re-release replaces the figure) and annual targets.
 */
@ApplicationScoped
public class PublishedFigures {

    private final EntityManager entityManager;

    public PublishedFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One official figure to record. */
    public record Official(String parkCode, String indicatorCode, Period period, BigDecimal ytdValue,
                           BigDecimal ytdGrowthPct, String source, LocalDate publishedOn) {
    }

    /** One target to record. */
    public record Target(String indicatorCode, int year, Cell.Dimension dimension, String member, BigDecimal value) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOfficial(List<Official> figures) {
        for (Official figure : figures) {
            entityManager.createNativeQuery("""
                            insert into official_figure (park_code, indicator_code, year, month, ytd_value, ytd_growth_pct,
                                   source, published_on)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                            on conflict (park_code, indicator_code, year, month) do update
                               set ytd_value = excluded.ytd_value, ytd_growth_pct = excluded.ytd_growth_pct,
                                   source = excluded.source, published_on = excluded.published_on, recorded_at = now()""")
                    .setParameter(1, figure.parkCode()).setParameter(2, figure.indicatorCode())
                    .setParameter(3, figure.period().year()).setParameter(4, figure.period().month())
                    .setParameter(5, figure.ytdValue()).setParameter(6, figure.ytdGrowthPct())
                    .setParameter(7, figure.source()).setParameter(8, figure.publishedOn())
                    .executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordTargets(List<Target> targets) {
        for (Target target : targets) {
            entityManager.createNativeQuery("""
                            insert into indicator_target (indicator_code, year, dimension, member, target_value)
                            values (?1, ?2, ?3, ?4, ?5)
                            on conflict (indicator_code, year, dimension, member) do update
                               set target_value = excluded.target_value""")
                    .setParameter(1, target.indicatorCode()).setParameter(2, target.year())
                    .setParameter(3, target.dimension().name()).setParameter(4, target.member())
                    .setParameter(5, target.value())
                    .executeUpdate();
        }
    }
}
