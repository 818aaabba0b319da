package io.parksuite.indicator.messaging;

import io.parksuite.indicator.domain.growth.Assessment;
import io.parksuite.indicator.domain.growth.Programme;
import io.parksuite.indicator.domain.growth.Standing;
import io.parksuite.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Publishes a changed growth-programme standing on {@code indicator.events} through the
 * transactional outbox, so the event goes out exactly when the assessment that produced it commits.
 */
@ApplicationScoped
public class GrowthCandidateEvents {

    static final String AGGREGATE_TYPE = "growth-candidate";
    static final String FLAGGED = "parksuite.indicator.growth-candidate-flagged.v1";

    private final Outbox outbox;

    public GrowthCandidateEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The payload of {@code parksuite.indicator.growth-candidate-flagged.v1}. */
    public record Flagged(String uscc, String name, Programme programme, int assessedYear, Standing standing,
                          String province, String criteriaVersion, LocalDate foundedOn, BigDecimal revenueYuan,
                          BigDecimal baseRevenueYuan, BigDecimal revenueCagrPct, BigDecimal profitCagrPct,
                          BigDecimal rdIntensityPct, BigDecimal valuationUsd, List<Missed> shortfalls,
                          OffsetDateTime assessedAt, long aggregateVersion) {
    }

    /** A criterion not met, as published. */
    public record Missed(String criterion, String required, String actual) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void flagged(Assessment assessment, String province, String criteriaVersion, OffsetDateTime assessedAt,
                        long version) {
        outbox.record(AGGREGATE_TYPE, assessment.uscc(), FLAGGED, new Flagged(assessment.uscc(), assessment.name(),
                assessment.programme(), assessment.year(), assessment.standing(), province, criteriaVersion,
                assessment.facts().foundedOn(), assessment.facts().revenue(), assessment.facts().baseRevenue(),
                assessment.revenueCagrPct(), assessment.profitCagrPct(), assessment.rdIntensityPct(),
                assessment.valuationUsd(),
                assessment.shortfalls().stream().map(s -> new Missed(s.criterion(), s.required(), s.actual())).toList(),
                assessedAt, version));
    }
}
