package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.CultivationEntry;
import io.parksuite.enterprise.domain.CultivationHistory;
import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.EntryOrigin;
import io.parksuite.enterprise.domain.GrowthAssessment;
import io.parksuite.enterprise.domain.ParkDay;
import io.parksuite.enterprise.domain.PoolChange;
import io.parksuite.enterprise.domain.PoolStatus;
import io.parksuite.enterprise.domain.Programme;
import io.parksuite.enterprise.domain.Shortfall;
import io.parksuite.enterprise.domain.Standing;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Feeds the cultivation pool (培育库) from indicator-service's assessments against the 瞪羚 and 独角兽 criteria.
 * A standing is applied only if its {@code aggregateVersion} is newer than the one held for that enterprise and
 * programme, so an older or repeated event changes nothing. MEETS or NEAR adds an enterprise not yet in the pool
 * as a CANDIDATE; every standing is recorded on the entry (if any) with a history row; NONE never removes an
 * entry and no standing takes back an exited one: the park decides.
 */
@ApplicationScoped
public class CultivationFeed {

    /** What the pool does with an assessment. */
    public enum Outcome { ADDED, RECORDED, NOT_IN_POOL, STALE }

    /** One standing published by indicator-service, as the pool needs it. */
    public record Assessment(String eventId, String uscc, Programme programme, Standing standing, int assessedYear,
                             String province, String criteriaVersion, List<Shortfall> shortfalls,
                             OffsetDateTime assessedAt, long aggregateVersion) {
    }

    /** The registry does not know the assessed enterprise: the event can never be applied. */
    public static class UnknownEnterpriseException extends RuntimeException {
        UnknownEnterpriseException(String uscc) {
            super("No enterprise with USCC " + uscc + " is registered: the assessment cannot be applied");
        }
    }

    private static final int REASON_LENGTH = 500;

    private final Clock clock;
    private final ObjectMapper objectMapper;

    public CultivationFeed(Clock clock, ObjectMapper objectMapper) {
        this.clock = clock;
        this.objectMapper = objectMapper;
    }

    /** Applies one assessment inside the consumer's transaction (the inbox records its event id in it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(Assessment a) {
        if (!Enterprise.isRegistered(a.uscc())) {
            throw new UnknownEnterpriseException(a.uscc());
        }
        GrowthAssessment held = GrowthAssessment.of(a.uscc(), a.programme());
        if (held != null && a.aggregateVersion() <= held.aggregateVersion) {
            return Outcome.STALE;
        }
        String before = held == null ? null : held.label();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        GrowthAssessment current = record(held, a, now);

        CultivationEntry entry = CultivationEntry.of(a.uscc(), a.programme());
        Outcome outcome = Outcome.RECORDED;
        if (entry == null) {
            if (!a.standing().flagsCandidate()) {
                return Outcome.NOT_IN_POOL;
            }
            entry = CultivationEntry.candidate(a.uscc(), a.programme(),
                    a.assessedAt().atZoneSameInstant(ParkDay.ZONE).toLocalDate(), EntryOrigin.ASSESSMENT, now);
            entry.persistAndFlush();
            history(entry, PoolChange.ADDED, null, PoolStatus.CANDIDATE, now, a.eventId(),
                    "Assessed " + current.label() + " against the " + a.programme() + " criteria ("
                            + a.province() + " " + a.criteriaVersion() + ")");
            outcome = Outcome.ADDED;
        } else {
            entry.updatedAt = now;
        }
        history(entry, PoolChange.STANDING_RECORDED, before, current.label(), now, a.eventId(), shortfalls(a));
        return outcome;
    }

    private GrowthAssessment record(GrowthAssessment held, Assessment a, OffsetDateTime now) {
        GrowthAssessment current = held == null ? new GrowthAssessment() : held;
        current.uscc = a.uscc();
        current.programme = a.programme();
        current.standing = a.standing();
        current.assessedYear = a.assessedYear();
        current.province = a.province();
        current.criteriaVersion = a.criteriaVersion();
        current.shortfalls = json(a.shortfalls());
        current.assessedAt = a.assessedAt();
        current.aggregateVersion = a.aggregateVersion();
        current.eventId = a.eventId();
        current.recordedAt = now;
        if (held == null) {
            current.persist();
        }
        return current;
    }

    private String json(List<Shortfall> shortfalls) {
        try {
            return objectMapper.writeValueAsString(shortfalls);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Shortfalls cannot be serialised", e);
        }
    }

    private static void history(CultivationEntry entry, PoolChange change, Object from, Object to, OffsetDateTime at,
                                String eventId, String reason) {
        CultivationHistory row = CultivationHistory.of(entry, change, from, to, CultivationHistory.ASSESSOR, at,
                reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH - 1) + "…" : reason);
        row.eventId = eventId;
        row.persist();
    }

    private static String shortfalls(Assessment a) {
        if (a.shortfalls().isEmpty()) {
            return "Meets every criterion (" + a.province() + " " + a.criteriaVersion() + ")";
        }
        return "Shortfalls: " + a.shortfalls().stream()
                .map(s -> s.criterion() + " required " + s.required() + ", actual " + (s.actual() == null ? "-" : s.actual()))
                .collect(Collectors.joining("; "));
    }
}
