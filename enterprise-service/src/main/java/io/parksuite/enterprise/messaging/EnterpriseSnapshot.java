package io.parksuite.enterprise.messaging;

import io.parksuite.enterprise.domain.ChainMembership;
import io.parksuite.enterprise.domain.Designation;
import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.EnterpriseStatus;
import io.parksuite.enterprise.domain.LatestValuation;
import io.parksuite.enterprise.domain.Origin;
import io.parksuite.enterprise.domain.ValuationCurrency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An enterprise's full state as its events carry it, with its {@code aggregateVersion}. */
public record EnterpriseSnapshot(String uscc, String name, String nameEn, String legalRepresentative,
                                 BigDecimal registeredCapitalYuan, LocalDate establishedOn, String address,
                                 String streetCode, String industryCode, Origin origin, String originProjectId,
                                 EnterpriseStatus status, LocalDate statusChangedOn, List<Chain> chains,
                                 List<HeldDesignation> designations, long aggregateVersion,
                                 OffsetDateTime registeredAt, OffsetDateTime updatedAt, Valued valuation) {

    /** A chain membership, effective-dated. */
    public record Chain(String code, LocalDate validFrom, LocalDate validTo) {
    }

    /** A designation held for a year. */
    public record HeldDesignation(String type, int year) {
    }

    /** The latest dated, sourced valuation (估值); null while none is recorded. */
    public record Valued(BigDecimal amount, ValuationCurrency currency, LocalDate valuedOn, String source) {

        static Valued of(LatestValuation v) {
            return v == null || v.amount == null ? null : new Valued(v.amount, v.currency, v.valuedOn, v.source);
        }
    }

    /** The snapshot of a newly registered enterprise, which has no chains or designations yet. */
    static EnterpriseSnapshot ofNew(Enterprise e) {
        return of(e, List.of(), List.of());
    }

    static EnterpriseSnapshot of(Enterprise e) {
        List<Chain> chains = ChainMembership.<ChainMembership>list("uscc = ?1 order by validFrom, chainCode", e.uscc)
                .stream().map(m -> new Chain(m.chainCode, m.validFrom, m.validTo)).toList();
        List<HeldDesignation> designations = Designation.<Designation>list("uscc = ?1 order by year, typeCode", e.uscc)
                .stream().map(d -> new HeldDesignation(d.typeCode, d.year)).toList();
        return of(e, chains, designations);
    }

    private static EnterpriseSnapshot of(Enterprise e, List<Chain> chains, List<HeldDesignation> designations) {
        return new EnterpriseSnapshot(e.uscc, e.name, e.nameEn, e.legalRepresentative, e.registeredCapitalYuan,
                e.establishedOn, e.address, e.streetCode, e.industryCode, e.origin, e.originProjectId, e.status,
                e.statusChangedOn, chains, designations, e.version, e.registeredAt, e.updatedAt, Valued.of(e.valuation));
    }
}
