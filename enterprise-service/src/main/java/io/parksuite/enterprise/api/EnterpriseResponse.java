package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.EnterpriseStatus;
import io.parksuite.enterprise.domain.Origin;
import io.parksuite.enterprise.service.ReferenceData;
import io.parksuite.platform.uscc.Uscc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An enterprise as the registry's API shows it, with what its USCC encodes decoded. */
@Schema(name = "Enterprise", example = """
        {"uscc": "91350100M000100Y43", "name": "湖南望城示例科技有限公司", "status": "ACTIVE", "version": 0,
         "registrationArea": {"code": "350100", "name": "福州市"}, "organisationType": {"code": "91", "name": "工商 · 企业"},
         "streetCode": "HUANGJINYUAN", "industryCode": "3985", "origin": "LOCAL",
         "registeredAt": "2026-11-27T08:00:00Z", "updatedAt": "2026-11-27T08:00:00Z"}""")
public record EnterpriseResponse(String uscc, String usccWarning, ReferenceData.Code registrationArea,
                                 ReferenceData.Code organisationType, String name, String nameEn,
                                 String legalRepresentative, BigDecimal registeredCapitalYuan, LocalDate establishedOn,
                                 String address, String streetCode, String industryCode, ContactDto contact,
                                 Origin origin, String originProjectId, EnterpriseStatus status,
                                 LocalDate statusChangedOn, String statusReason, long version,
                                 OffsetDateTime registeredAt, OffsetDateTime updatedAt) {

    static EnterpriseResponse of(Enterprise e, ReferenceData referenceData) {
        String areaCode = Uscc.areaCode(e.uscc);
        return new EnterpriseResponse(e.uscc, e.usccWarning,
                referenceData.area(areaCode).orElse(new ReferenceData.Code(areaCode, null)),
                referenceData.organisationType(e.uscc.substring(0, 2)).orElse(new ReferenceData.Code(e.uscc.substring(0, 2), null)),
                e.name, e.nameEn, e.legalRepresentative, e.registeredCapitalYuan, e.establishedOn, e.address,
                e.streetCode, e.industryCode, ContactDto.of(e.contact), e.origin, e.originProjectId, e.status,
                e.statusChangedOn, e.statusReason, e.version, e.registeredAt, e.updatedAt);
    }
}
