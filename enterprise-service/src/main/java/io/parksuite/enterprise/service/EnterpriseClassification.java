package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.ChainMembership;
import io.parksuite.enterprise.domain.Designation;
import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.messaging.EnterpriseEvents;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where an enterprise belongs: its industry-chain memberships (effective-dated) and the
 * designations it holds per year. Each change is a new version of the enterprise, with its event.
 */
@ApplicationScoped
public class EnterpriseClassification {

    /** A designation to grant; {@code uscc} is used by files, which list many enterprises. */
    public record Grant(String uscc, String type, int year, String certificateNumber, LocalDate validFrom,
                        LocalDate validTo) {
    }

    /** A chain membership from a file. */
    public record Membership(String uscc, String chainCode, LocalDate validFrom) {
    }

    private final ReferenceData referenceData;
    private final EnterpriseEvents events;
    private final EnterpriseService enterprises;
    private final Clock clock;

    public EnterpriseClassification(ReferenceData referenceData, EnterpriseEvents events, EnterpriseService enterprises,
                                    Clock clock) {
        this.referenceData = referenceData;
        this.events = events;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    @Transactional
    public ChainMembership joinChain(String uscc, String chainCode, LocalDate validFrom) {
        Enterprise enterprise = load(uscc);
        if (isMember(uscc, chainCode)) {
            throw ProblemException.conflict("The enterprise is already a member of chain " + chainCode);
        }
        List<Problem.FieldError> problems = membershipProblems(uscc, chainCode, validFrom);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
        }
        ChainMembership membership = persistMembership(uscc, chainCode, validFrom);
        publishUpdate(enterprise);
        return membership;
    }

    /** Chain memberships from a file (e.g. the yearly chain survey): all rows valid, or nothing written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int joinChains(List<Membership> rows, List<RowError> rowErrors) {
        BulkRows.requireAllValid(rows, rowErrors, m -> Enterprise.isRegistered(m.uscc())
                        ? membershipProblems(m.uscc(), m.chainCode(), m.validFrom())
                        : List.of(new Problem.FieldError("uscc", "no enterprise with this USCC is registered")),
                m -> List.of(m.uscc(), m.chainCode()), "chainCode");
        Map<String, List<Membership>> byEnterprise = rows.stream()
                .collect(Collectors.groupingBy(Membership::uscc, LinkedHashMap::new, Collectors.toList()));
        byEnterprise.forEach((uscc, memberships) -> {
            memberships.forEach(m -> persistMembership(uscc, m.chainCode(), m.validFrom()));
            publishUpdate(load(uscc));
        });
        return rows.size();
    }

    private List<Problem.FieldError> membershipProblems(String uscc, String chainCode, LocalDate validFrom) {
        if (!referenceData.isChain(chainCode)) {
            return List.of(new Problem.FieldError("chainCode", "is not an industry chain: see GET /api/v1/registry/chains"));
        }
        if (isMember(uscc, chainCode)) {
            return List.of(new Problem.FieldError("chainCode", "already a member of this chain"));
        }
        if (ChainMembership.count("uscc = ?1 and chainCode = ?2 and validTo >= ?3", uscc, chainCode, validFrom) > 0) {
            return List.of(new Problem.FieldError("validFrom", "overlaps an earlier membership of this chain"));
        }
        return List.of();
    }

    private static boolean isMember(String uscc, String chainCode) {
        return ChainMembership.count("uscc = ?1 and chainCode = ?2 and validTo is null", uscc, chainCode) > 0;
    }

    private static ChainMembership persistMembership(String uscc, String chainCode, LocalDate validFrom) {
        ChainMembership membership = new ChainMembership();
        membership.uscc = uscc;
        membership.chainCode = chainCode;
        membership.validFrom = validFrom;
        membership.persist();
        return membership;
    }

    @Transactional
    public ChainMembership leaveChain(String uscc, String chainCode, LocalDate validTo) {
        Enterprise enterprise = load(uscc);
        ChainMembership membership = ChainMembership.<ChainMembership>find(
                        "uscc = ?1 and chainCode = ?2 and validTo is null", uscc, chainCode).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("The enterprise is not a member of chain " + chainCode));
        if (validTo.isBefore(membership.validFrom)) {
            throw ProblemException.invalidField("validTo", "is before the membership began (" + membership.validFrom + ")");
        }
        membership.validTo = validTo;
        publishUpdate(enterprise);
        return membership;
    }

    @Transactional
    public Designation grant(String uscc, Grant grant) {
        Enterprise enterprise = load(uscc);
        if (holds(uscc, grant)) {
            throw ProblemException.conflict("The enterprise already holds " + grant.type() + " for " + grant.year());
        }
        List<Problem.FieldError> problems = grantProblems(uscc, grant);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
        }
        return persistGrant(enterprise, grant);
    }

    /**
     * Designations from a file, e.g. the statistics bureau's yearly register of above-scale
     * enterprises: all rows valid, or nothing written; one designation-granted event per row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int grantAll(List<Grant> grants, List<RowError> rowErrors) {
        BulkRows.requireAllValid(grants, rowErrors, g -> Enterprise.isRegistered(g.uscc())
                        ? grantProblems(g.uscc(), g)
                        : List.of(new Problem.FieldError("uscc", "no enterprise with this USCC is registered")),
                g -> List.of(g.uscc(), g.type(), g.year()), "year");
        grants.forEach(g -> persistGrant(load(g.uscc()), g));
        return grants.size();
    }

    private List<Problem.FieldError> grantProblems(String uscc, Grant grant) {
        if (!referenceData.isDesignationType(grant.type())) {
            return List.of(new Problem.FieldError("type", "is not a designation: see GET /api/v1/registry/designation-types"));
        }
        if (grant.validFrom() != null && grant.validTo() != null && grant.validTo().isBefore(grant.validFrom())) {
            return List.of(new Problem.FieldError("validTo", "is before validFrom"));
        }
        if (holds(uscc, grant)) {
            return List.of(new Problem.FieldError("year", "the enterprise already holds " + grant.type() + " for " + grant.year()));
        }
        return List.of();
    }

    private static boolean holds(String uscc, Grant grant) {
        return Designation.count("uscc = ?1 and typeCode = ?2 and year = ?3", uscc, grant.type(), grant.year()) > 0;
    }

    private Designation persistGrant(Enterprise enterprise, Grant grant) {
        Designation designation = new Designation();
        designation.uscc = enterprise.uscc;
        designation.typeCode = grant.type();
        designation.year = grant.year();
        designation.certificateNumber = grant.certificateNumber();
        designation.validFrom = grant.validFrom();
        designation.validTo = grant.validTo();
        designation.grantedAt = now();
        designation.persist();
        enterprise.updatedAt = designation.grantedAt;
        enterprise.flush();
        events.designationGranted(enterprise, designation);
        return designation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChainMembership> chainsOf(Caller caller, String uscc) {
        enterprises.findFor(caller, uscc);
        return ChainMembership.list("uscc = ?1 order by validFrom, chainCode", uscc);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Designation> designationsOf(Caller caller, String uscc) {
        enterprises.findFor(caller, uscc);
        return Designation.list("uscc = ?1 order by year, typeCode", uscc);
    }

    private void publishUpdate(Enterprise enterprise) {
        enterprise.updatedAt = now();
        enterprise.flush();
        events.updated(enterprise, List.of("chains"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Enterprise load(String uscc) {
        return Enterprise.<Enterprise>findByIdOptional(uscc)
                .orElseThrow(() -> ProblemException.notFound("No enterprise with USCC " + uscc));
    }
}
