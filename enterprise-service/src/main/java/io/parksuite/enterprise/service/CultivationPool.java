package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.CultivationEntry;
import io.parksuite.enterprise.domain.CultivationHistory;
import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.EntryOrigin;
import io.parksuite.enterprise.domain.GrowthAssessment;
import io.parksuite.enterprise.domain.LiaisonOfficer;
import io.parksuite.enterprise.domain.ParkDay;
import io.parksuite.enterprise.domain.PoolChange;
import io.parksuite.enterprise.domain.PoolStatus;
import io.parksuite.enterprise.domain.Programme;
import io.parksuite.enterprise.domain.Shortfall;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.persistence.Where;
import io.parksuite.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The park's cultivation pool (培育库) as the park runs it by hand: who is in it for which programme, adding an
 * enterprise, moving an entry along {@link PoolStatus} and naming its liaison officer, each change written to the
 * entry's history with who made it and why. What assessments add is in {@link CultivationFeed}.
 */
@ApplicationScoped
public class CultivationPool {

    /** Filters of the pool's list; null means any. */
    public record Criteria(Programme programme, PoolStatus status, String uscc) {
    }

    /**
     * An entry with what the registry knows beside it: the enterprise's name and its latest standing (or null), with
     * that standing's shortfalls.
     */
    public record Listed(CultivationEntry entry, String enterpriseName, GrowthAssessment assessment,
                         List<Shortfall> shortfalls) {
    }

    private static final TypeReference<List<Shortfall>> SHORTFALLS = new TypeReference<>() {
    };

    private final Clock clock;
    private final ObjectMapper objectMapper;

    public CultivationPool(Clock clock, ObjectMapper objectMapper) {
        this.clock = clock;
        this.objectMapper = objectMapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Listed> list(Criteria criteria, PageRequest page) {
        Where where = Where.create()
                .and("programme = :programme", "programme", criteria.programme())
                .and("status = :status", "status", criteria.status())
                .and("uscc = :uscc", "uscc", criteria.uscc());
        var query = CultivationEntry.<CultivationEntry>find(where.clause(), Sort.by("id"), where.parameters());
        List<CultivationEntry> entries = query.page(page.page(), page.size()).list();
        return new Page<>(listed(entries), page.page(), page.size(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listed get(long id) {
        return listed(List.of(load(id))).get(0);
    }

    /** Adds an enterprise by hand, as a CANDIDATE since {@code since} (today when null). */
    @Transactional
    public Listed add(String uscc, Programme programme, LocalDate since, Long officerId, String reason, String actor) {
        if (!Enterprise.isRegistered(uscc)) {
            throw ProblemException.notFound("No enterprise with USCC " + uscc);
        }
        LocalDate today = ParkDay.today(clock);
        if (since != null && since.isAfter(today)) {
            throw ProblemException.invalidField("since", "is in the future");
        }
        if (officerId != null) {
            requireOfficer(officerId);
        }
        CultivationEntry existing = CultivationEntry.of(uscc, programme);
        if (existing != null) {
            throw alreadyIn(existing);
        }
        OffsetDateTime now = now();
        CultivationEntry entry = CultivationEntry.candidate(uscc, programme, since == null ? today : since,
                EntryOrigin.MANUAL, now);
        entry.officerId = officerId;
        try {
            entry.persistAndFlush();
        } catch (ConstraintViolationException e) {
            throw ProblemException.conflict("The enterprise is already in the pool for " + programme);
        }
        CultivationHistory.of(entry, PoolChange.ADDED, null, PoolStatus.CANDIDATE, actor, now, reason).persist();
        if (officerId != null) {
            CultivationHistory.of(entry, PoolChange.OFFICER_ASSIGNED, null, officerId, actor, now, reason).persist();
        }
        return get(entry.id);
    }

    /** Moves an entry to {@code to}: 409 unless {@link PoolStatus#mayBecome}; exiting needs a reason. */
    @Transactional
    public Listed changeStatus(long id, PoolStatus to, String reason, String actor) {
        CultivationEntry entry = load(id);
        if (!entry.status.mayBecome(to)) {
            throw ProblemException.conflict("An entry that is " + entry.status + " cannot become " + to + "; allowed: "
                    + entry.status.next());
        }
        if (to == PoolStatus.EXITED && (reason == null || reason.isBlank())) {
            throw ProblemException.invalidField("reason", "is required to exit the pool (退库原因)");
        }
        OffsetDateTime now = now();
        PoolStatus from = entry.status;
        entry.status = to;
        entry.statusChangedAt = now;
        entry.updatedAt = now;
        CultivationHistory.of(entry, PoolChange.STATUS_CHANGED, from, to, actor, now, reason).persist();
        entry.flush();
        return get(id);
    }

    /** Names the liaison officer who looks after the entry's cultivation, or none ({@code officerId} null). */
    @Transactional
    public Listed assignOfficer(long id, Long officerId, String reason, String actor) {
        CultivationEntry entry = load(id);
        if (officerId != null) {
            requireOfficer(officerId);
        }
        if (!Objects.equals(entry.officerId, officerId)) {
            OffsetDateTime now = now();
            CultivationHistory.of(entry, PoolChange.OFFICER_ASSIGNED, entry.officerId, officerId, actor, now, reason)
                    .persist();
            entry.officerId = officerId;
            entry.updatedAt = now;
            entry.flush();
        }
        return get(id);
    }

    /** Every change of an entry, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CultivationHistory> history(long id) {
        load(id);
        return CultivationHistory.list("entryId", Sort.by("id"), id);
    }

    private List<Listed> listed(List<CultivationEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<String> usccs = entries.stream().map(e -> e.uscc).distinct().toList();
        Map<String, String> names = Enterprise.<Enterprise>list("uscc in ?1", usccs).stream()
                .collect(Collectors.toMap(e -> e.uscc, e -> e.name));
        Map<GrowthAssessment.Key, GrowthAssessment> assessments = GrowthAssessment.<GrowthAssessment>list(
                        "uscc in ?1", usccs).stream()
                .collect(Collectors.toMap(a -> new GrowthAssessment.Key(a.uscc, a.programme), Function.identity()));
        return entries.stream().map(e -> {
            GrowthAssessment assessment = assessments.get(new GrowthAssessment.Key(e.uscc, e.programme));
            return new Listed(e, names.get(e.uscc), assessment, assessment == null ? List.of() : shortfalls(assessment));
        }).toList();
    }

    private List<Shortfall> shortfalls(GrowthAssessment assessment) {
        try {
            return objectMapper.readValue(assessment.shortfalls, SHORTFALLS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable shortfalls of " + assessment.uscc, e);
        }
    }

    private static CultivationEntry load(long id) {
        return CultivationEntry.<CultivationEntry>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No cultivation pool entry " + id));
    }

    private static ProblemException alreadyIn(CultivationEntry existing) {
        return ProblemException.conflict("The enterprise is already in the pool for " + existing.programme
                + " (entry " + existing.id + ", " + existing.status + ")"
                + (existing.status == PoolStatus.EXITED ? "; to take it back, change that entry's status to CANDIDATE" : ""));
    }

    private static void requireOfficer(long officerId) {
        if (LiaisonOfficer.findByIdOptional(officerId).isEmpty()) {
            throw ProblemException.invalidField("officerId", "no liaison officer " + officerId);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
