package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.ChainMembership;
import io.parksuite.enterprise.domain.Designation;
import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.messaging.EnterpriseEvents;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Where an enterprise belongs: its industry-chain memberships (effective-dated) and the
 * designations it holds per year. Each change is a new version of the enterprise, with its event.
 */
@ApplicationScoped
public class EnterpriseClassification {

    private final ReferenceData referenceData;
    private final EnterpriseEvents events;

    public EnterpriseClassification(ReferenceData referenceData, EnterpriseEvents events) {
        this.referenceData = referenceData;
        this.events = events;
    }

    @Transactional
    public ChainMembership joinChain(String uscc, String chainCode, LocalDate validFrom) {
        Enterprise enterprise = load(uscc);
        if (!referenceData.isChain(chainCode)) {
            throw ProblemException.invalidField("chainCode", "is not an industry chain: see GET /api/v1/registry/chains");
        }
        if (ChainMembership.count("uscc = ?1 and chainCode = ?2 and validTo is null", uscc, chainCode) > 0) {
            throw ProblemException.conflict("The enterprise is already a member of chain " + chainCode);
        }
        if (ChainMembership.count("uscc = ?1 and chainCode = ?2 and validTo >= ?3", uscc, chainCode, validFrom) > 0) {
            throw ProblemException.invalidField("validFrom", "overlaps an earlier membership of this chain");
        }
        ChainMembership membership = new ChainMembership();
        membership.uscc = uscc;
        membership.chainCode = chainCode;
        membership.validFrom = validFrom;
        membership.persist();
        publishUpdate(enterprise);
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
    public Designation grant(String uscc, String typeCode, int year, String certificateNumber, LocalDate validFrom,
                             LocalDate validTo) {
        Enterprise enterprise = load(uscc);
        if (!referenceData.isDesignationType(typeCode)) {
            throw ProblemException.invalidField("type", "is not a designation: see GET /api/v1/registry/designation-types");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw ProblemException.invalidField("validTo", "is before validFrom");
        }
        if (Designation.count("uscc = ?1 and typeCode = ?2 and year = ?3", uscc, typeCode, year) > 0) {
            throw ProblemException.conflict("The enterprise already holds " + typeCode + " for " + year);
        }
        Designation designation = new Designation();
        designation.uscc = uscc;
        designation.typeCode = typeCode;
        designation.year = year;
        designation.certificateNumber = certificateNumber;
        designation.validFrom = validFrom;
        designation.validTo = validTo;
        designation.grantedAt = OffsetDateTime.now(ZoneOffset.UTC);
        designation.persist();
        enterprise.updatedAt = designation.grantedAt;
        enterprise.flush();
        events.designationGranted(enterprise, designation);
        return designation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChainMembership> chainsOf(String uscc) {
        return ChainMembership.list("uscc = ?1 order by validFrom, chainCode", uscc);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Designation> designationsOf(String uscc) {
        return Designation.list("uscc = ?1 order by year, typeCode", uscc);
    }

    private void publishUpdate(Enterprise enterprise) {
        enterprise.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        enterprise.flush();
        events.updated(enterprise, List.of("chains"));
    }

    private static Enterprise load(String uscc) {
        return Enterprise.<Enterprise>findByIdOptional(uscc)
                .orElseThrow(() -> ProblemException.notFound("No enterprise with USCC " + uscc));
    }
}
