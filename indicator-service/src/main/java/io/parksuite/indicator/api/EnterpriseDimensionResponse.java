package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.EnterpriseDimension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The indicator service's copy of an enterprise, as learned from the registry's events. */
@Schema(name = "EnterpriseDimension", example = """
        {"uscc": "91350100M000100Y43", "name": "湖南望城示例科技有限公司", "status": "ACTIVE",
         "aggregateVersion": 0, "registeredAt": "2026-11-27T08:00:00Z", "updatedAt": "2026-11-27T08:00:01Z"}""")
public record EnterpriseDimensionResponse(String uscc, String name, String status, String streetCode,
                                          String industryCode, long aggregateVersion, OffsetDateTime registeredAt,
                                          OffsetDateTime updatedAt) {

    static EnterpriseDimensionResponse of(EnterpriseDimension dimension) {
        return new EnterpriseDimensionResponse(dimension.uscc, dimension.name, dimension.status, dimension.streetCode,
                dimension.industryCode, dimension.aggregateVersion, dimension.registeredAt, dimension.updatedAt);
    }
}
