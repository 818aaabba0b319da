package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.LiaisonAssignment;
import io.parksuite.enterprise.domain.LiaisonOfficer;
import io.parksuite.enterprise.domain.LiaisonRequest;
import io.parksuite.enterprise.domain.LiaisonVisit;
import io.parksuite.enterprise.domain.ParkDay;
import io.parksuite.enterprise.domain.RequestCategory;
import io.parksuite.enterprise.domain.RequestStatus;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.persistence.Where;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * 一对一联点服务: each enterprise has an officer who visits it and follows its requests (诉求)
 * from being raised to a resolution the enterprise rates; requests past their deadline are overdue.
 */
@ApplicationScoped
public class LiaisonService {

    /** Filters of the request list; null means any. {@code overdue}: pending and past the deadline today. */
    public record RequestCriteria(String uscc, RequestStatus status, RequestCategory category, Long officerId,
                                  boolean overdue) {
    }

    private final EnterpriseService enterprises;
    private final Clock clock;

    public LiaisonService(EnterpriseService enterprises, Clock clock) {
        this.enterprises = enterprises;
        this.clock = clock;
    }

    @Transactional
    public LiaisonOfficer addOfficer(LiaisonOfficer officer) {
        if (officer.subject != null && LiaisonOfficer.count("subject", officer.subject) > 0) {
            throw ProblemException.conflict("An officer with subject " + officer.subject + " already exists");
        }
        officer.persist();
        return officer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LiaisonOfficer> officers() {
        return LiaisonOfficer.listAll(Sort.by("id"));
    }

    @Transactional
    public LiaisonAssignment assign(String uscc, long officerId, LocalDate assignedOn) {
        requireEnterprise(uscc);
        requireOfficer(officerId);
        LiaisonAssignment assignment = LiaisonAssignment.<LiaisonAssignment>findByIdOptional(uscc).orElseGet(() -> {
            LiaisonAssignment created = new LiaisonAssignment();
            created.uscc = uscc;
            return created;
        });
        assignment.officerId = officerId;
        assignment.assignedOn = assignedOn;
        assignment.persist();
        return assignment;
    }

    /** The officer looking after an enterprise the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LiaisonAssignment assignmentFor(Caller caller, String uscc) {
        enterprises.findFor(caller, uscc);
        return assignmentOf(uscc).orElseThrow(() -> ProblemException.notFound("No officer is assigned to " + uscc));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LiaisonAssignment> assignmentOf(String uscc) {
        return LiaisonAssignment.findByIdOptional(uscc);
    }

    @Transactional
    public LiaisonVisit logVisit(LiaisonVisit visit, String recordedBy) {
        requireEnterprise(visit.uscc);
        if (visit.officerId == null) {
            visit.officerId = assignmentOf(visit.uscc).map(a -> a.officerId).orElseThrow(() ->
                    ProblemException.invalidField("officerId", "is required: no officer is assigned to this enterprise"));
        }
        requireOfficer(visit.officerId);
        if (visit.visitedOn.isAfter(today())) {
            throw ProblemException.invalidField("visitedOn", "is in the future");
        }
        visit.recordedBy = recordedBy;
        visit.recordedAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        visit.persist();
        return visit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LiaisonVisit> visits(String uscc) {
        return LiaisonVisit.list("uscc", Sort.by("visitedOn").and("id"), uscc);
    }

    /**
     * Raises a request for an enterprise the caller may act for. An enterprise user raises its
     * own, on the day it calls; the park's staff may record a request received earlier.
     */
    @Transactional
    public LiaisonRequest raise(Caller caller, LiaisonRequest request) {
        caller.enterpriseFilter(request.uscc);
        if (caller.isEnterpriseUser()) {
            request.raisedOn = null;
        }
        requireEnterprise(request.uscc);
        if (request.raisedOn == null) {
            request.raisedOn = today();
        }
        if (request.deadline.isBefore(request.raisedOn)) {
            throw ProblemException.invalidField("deadline", "is before the day the request was raised (" + request.raisedOn + ")");
        }
        request.status = RequestStatus.OPEN;
        request.officerId = assignmentOf(request.uscc).map(a -> a.officerId).orElse(null);
        request.raisedBy = caller.subject();
        request.persist();
        return request;
    }

    /** A request of an enterprise the caller may see; any other answers 404, so that existence is not leaked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LiaisonRequest requestFor(Caller caller, long id) {
        return LiaisonRequest.<LiaisonRequest>findByIdOptional(id)
                .filter(r -> caller.mayAccessEnterprise(r.uscc))
                .orElseThrow(() -> ProblemException.notFound("No request " + id));
    }

    /** 办理中: an officer took the request on (the assigned one unless another is named). */
    @Transactional
    public LiaisonRequest start(long id, Long officerId) {
        LiaisonRequest request = inStatus(id, "start", RequestStatus.OPEN);
        if (officerId != null) {
            requireOfficer(officerId);
            request.officerId = officerId;
        }
        request.status = RequestStatus.IN_PROGRESS;
        return request;
    }

    @Transactional
    public LiaisonRequest resolve(long id, String resolution, LocalDate resolvedOn) {
        LiaisonRequest request = inStatus(id, "resolve", RequestStatus.OPEN, RequestStatus.IN_PROGRESS);
        LocalDate on = resolvedOn == null ? today() : resolvedOn;
        if (on.isBefore(request.raisedOn)) {
            throw ProblemException.invalidField("resolvedOn", "is before the request was raised (" + request.raisedOn + ")");
        }
        request.status = RequestStatus.RESOLVED;
        request.resolution = resolution;
        request.resolvedOn = on;
        return request;
    }

    /** The enterprise rates the resolution (1–5), which closes the request. */
    @Transactional
    public LiaisonRequest rate(Caller caller, long id, int rating, String comment) {
        requestFor(caller, id);
        LiaisonRequest request = inStatus(id, "rate", RequestStatus.RESOLVED);
        request.rating = (short) rating;
        request.ratingComment = comment;
        request.status = RequestStatus.CLOSED;
        return request;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LiaisonRequest> requests(RequestCriteria criteria, PageRequest page) {
        Where where = Where.create()
                .and("uscc = :uscc", "uscc", criteria.uscc())
                .and("status = :status", "status", criteria.status())
                .and("category = :category", "category", criteria.category())
                .and("officerId = :officer", "officer", criteria.officerId());
        if (criteria.overdue()) {
            where.and("status in (:pending) and deadline < :today")
                    .bind("pending", List.of(RequestStatus.OPEN, RequestStatus.IN_PROGRESS)).bind("today", today());
        }
        var query = LiaisonRequest.<LiaisonRequest>find(where.clause(),
                criteria.overdue() ? Sort.by("deadline").and("id") : Sort.by("raisedOn").and("id"), where.parameters());
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    /** The park's calendar day now. */
    public LocalDate today() {
        return ParkDay.today(clock);
    }

    private static LiaisonRequest inStatus(long id, String step, RequestStatus... allowed) {
        LiaisonRequest request = LiaisonRequest.<LiaisonRequest>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No request " + id));
        if (!List.of(allowed).contains(request.status)) {
            throw ProblemException.conflict("A request that is " + request.status + " cannot " + step + "; that needs "
                    + String.join(" or ", List.of(allowed).stream().map(Enum::name).toList()));
        }
        return request;
    }

    private static void requireEnterprise(String uscc) {
        if (!Enterprise.isRegistered(uscc)) {
            throw ProblemException.notFound("No enterprise with USCC " + uscc);
        }
    }

    private static void requireOfficer(long officerId) {
        if (LiaisonOfficer.findByIdOptional(officerId).isEmpty()) {
            throw ProblemException.invalidField("officerId", "no liaison officer " + officerId);
        }
    }
}
