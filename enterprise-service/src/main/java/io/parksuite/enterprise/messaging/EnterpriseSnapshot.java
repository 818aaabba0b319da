package io.parksuite.enterprise.messaging;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.EnterpriseStatus;
import io.parksuite.enterprise.domain.Origin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An enterprise's full state as its events carry it, with its {@code aggregateVersion}. */
public record EnterpriseSnapshot(String uscc, String name, String nameEn, String legalRepresentative,
                                 BigDecimal registeredCapitalYuan, LocalDate establishedOn, String address,
                                 String streetCode, String industryCode, Origin origin, String originProjectId,
                                 EnterpriseStatus status, LocalDate statusChangedOn, long aggregateVersion,
                                 OffsetDateTime registeredAt, OffsetDateTime updatedAt) {

    static EnterpriseSnapshot of(Enterprise e) {
        return new EnterpriseSnapshot(e.uscc, e.name, e.nameEn, e.legalRepresentative, e.registeredCapitalYuan,
                e.establishedOn, e.address, e.streetCode, e.industryCode, e.origin, e.originProjectId, e.status,
                e.statusChangedOn, e.version, e.registeredAt, e.updatedAt);
    }
}
