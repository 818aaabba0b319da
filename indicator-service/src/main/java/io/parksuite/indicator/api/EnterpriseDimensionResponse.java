package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.EnterpriseDimension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The indicator service's copy of an enterprise, as learned from the registry's events. */
@Schema(name = "EnterpriseDimension", description = "The indicator service's copy of an enterprise, from "
        + "enterprise.events", requiredProperties = {"uscc", "name", "status", "aggregateVersion", "registeredAt",
        "updatedAt"}, example = """
        {"uscc": "91430112M000100Y4X", "name": "长沙望城经开区某某科技有限公司", "status": "ACTIVE",
         "streetCode": "HUANGJINYUAN", "industryCode": "3985", "aggregateVersion": 3,
         "registeredAt": "2026-11-27T08:00:00Z", "updatedAt": "2026-11-27T08:00:01Z"}""")
public record EnterpriseDimensionResponse(
        @Schema(description = "统一社会信用代码 (USCC)", example = "91430112M000100Y4X") String uscc,
        @Schema(description = "The registered name", example = "长沙望城经开区某某科技有限公司") String name,
        @Schema(description = "ACTIVE, RELOCATED_OUT (迁出) or DEREGISTERED (注销)") EnterpriseStatus status,
        @Schema(description = "The street (街道) code", nullable = true, example = "HUANGJINYUAN") String streetCode,
        @Schema(description = "The GB/T 4754-2017 industry class", nullable = true, example = "3985")
        String industryCode,
        @Schema(description = "The version of the registry's record this copy holds") long aggregateVersion,
        @Schema(description = "When the registry registered the enterprise") OffsetDateTime registeredAt,
        @Schema(description = "When this copy last changed") OffsetDateTime updatedAt) {

    static EnterpriseDimensionResponse of(EnterpriseDimension dimension) {
        return new EnterpriseDimensionResponse(dimension.uscc, dimension.name,
                WireEnums.of(EnterpriseStatus.class, dimension.status), dimension.streetCode,
                dimension.industryCode, dimension.aggregateVersion, dimension.registeredAt, dimension.updatedAt);
    }
}
