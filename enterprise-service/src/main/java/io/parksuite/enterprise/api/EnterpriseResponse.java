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
@Schema(name = "Enterprise", description = "An enterprise record, with the area and organisation type its USCC encodes",
        example = """
        {"uscc": "91350100M000100Y43", "name": "长沙望城经开区某某科技有限公司", "status": "ACTIVE", "version": 0,
         "registrationArea": {"code": "350100", "name": "福州市"}, "organisationType": {"code": "91", "name": "工商 · 企业"},
         "legalRepresentative": "张伟", "registeredCapitalYuan": 50000000.00, "establishedOn": "2018-06-01",
         "address": "长沙市望城区金星北路一段", "streetCode": "HUANGJINYUAN", "industryCode": "3985",
         "contact": {"person": "李华", "phone": "0731-88888888", "email": "contact@example.cn"}, "origin": "LOCAL",
         "valuation": {"amount": 1200000000.00, "currency": "USD", "valuedOn": "2019-10-21", "source": "2019年胡润全球独角兽榜"},
         "registeredAt": "2026-11-27T08:00:00Z", "updatedAt": "2026-11-27T08:00:00Z"}""")
public record EnterpriseResponse(
        @Schema(required = true, description = "Unified social credit code (统一社会信用代码)", pattern = Schemas.USCC_PATTERN,
                example = "91350100M000100Y43") String uscc,
        @Schema(description = "Set when the check character did not match and the registration overrode it",
                example = "check character mismatch: expected 3 as the 18th character", nullable = true) String usccWarning,
        @Schema(required = true, description = "The registering authority's area (GB/T 2260), characters 3 to 8 of the USCC; name is "
                + "null for a code the reference data does not know") ReferenceData.Code registrationArea,
        @Schema(required = true, description = "The registering department and organisation type (GB 32100), characters 1 and 2 of "
                + "the USCC") ReferenceData.Code organisationType,
        @Schema(required = true, description = "Registered Chinese name (企业名称)", example = "长沙望城经开区某某科技有限公司") String name,
        @Schema(description = "English name", nullable = true) String nameEn,
        @Schema(description = "Legal representative (法定代表人)", example = "张伟", nullable = true) String legalRepresentative,
        @Schema(description = "Registered capital (注册资本) in yuan", example = "50000000.00", nullable = true)
        BigDecimal registeredCapitalYuan,
        @Schema(description = "Date of establishment (成立日期)") LocalDate establishedOn,
        @Schema(description = "Registered address (地址)", example = "长沙市望城区金星北路一段", nullable = true) String address,
        @Schema(description = "Street (街道) code, GET /api/v1/registry/streets", example = "HUANGJINYUAN", nullable = true)
        String streetCode,
        @Schema(description = "GB/T 4754-2017 industry code (行业代码)", example = "3985", nullable = true) String industryCode,
        @Schema(required = true, description = "Contact data (联系人); its fields are null when none is recorded") ContactDto contact,
        @Schema(required = true, description = "LOCAL (本地企业) or PROJECT (招商引进)") Origin origin,
        @Schema(description = "The investment project that brought the enterprise in", nullable = true) String originProjectId,
        @Schema(required = true, description = "ACTIVE, RELOCATED_OUT (迁出) or DEREGISTERED (注销)") EnterpriseStatus status,
        @Schema(description = "When the current status took effect; null while never changed") LocalDate statusChangedOn,
        @Schema(description = "Why the status last changed", nullable = true) String statusReason,
        @Schema(description = "The latest dated, sourced valuation (最新估值), for the 独角兽 assessment; null while none "
                + "is recorded. All of them: GET /api/v1/enterprises/{uscc}/valuations", nullable = true)
        ValuationDtos.Latest valuation,
        @Schema(required = true, description = "The record's version, also its ETag", example = "0") long version,
        @Schema(required = true, description = "When the record was registered") OffsetDateTime registeredAt,
        @Schema(required = true, description = "When the record last changed") OffsetDateTime updatedAt) {

    static EnterpriseResponse of(Enterprise e, ReferenceData referenceData) {
        String areaCode = Uscc.areaCode(e.uscc);
        return new EnterpriseResponse(e.uscc, e.usccWarning,
                referenceData.area(areaCode).orElse(new ReferenceData.Code(areaCode, null)),
                referenceData.organisationType(e.uscc.substring(0, 2)).orElse(new ReferenceData.Code(e.uscc.substring(0, 2), null)),
                e.name, e.nameEn, e.legalRepresentative, e.registeredCapitalYuan, e.establishedOn, e.address,
                e.streetCode, e.industryCode, ContactDto.of(e.contact), e.origin, e.originProjectId, e.status,
                e.statusChangedOn, e.statusReason, ValuationDtos.Latest.of(e.valuation), e.version, e.registeredAt,
                e.updatedAt);
    }
}
