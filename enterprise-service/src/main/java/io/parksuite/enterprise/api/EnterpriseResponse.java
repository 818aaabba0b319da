package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.EnterpriseStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** An enterprise as the registry's API shows it. */
@Schema(name = "Enterprise", example = """
        {"uscc": "91350100M000100Y43", "name": "湖南望城示例科技有限公司", "status": "ACTIVE", "version": 0,
         "registeredAt": "2026-11-27T08:00:00Z", "updatedAt": "2026-11-27T08:00:00Z"}""")
public record EnterpriseResponse(String uscc, String name, EnterpriseStatus status, long version,
                                 OffsetDateTime registeredAt, OffsetDateTime updatedAt) {

    static EnterpriseResponse of(Enterprise enterprise) {
        return new EnterpriseResponse(enterprise.uscc, enterprise.name, enterprise.status, enterprise.version,
                enterprise.registeredAt, enterprise.updatedAt);
    }
}
