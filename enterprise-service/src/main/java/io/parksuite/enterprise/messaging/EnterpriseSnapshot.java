package io.parksuite.enterprise.messaging;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.EnterpriseStatus;

import java.time.OffsetDateTime;

/** The payload of the registry's events: an enterprise's state and its {@code aggregateVersion}. */
public record EnterpriseSnapshot(String uscc, String name, EnterpriseStatus status, long aggregateVersion,
                                 OffsetDateTime registeredAt) {

    static EnterpriseSnapshot of(Enterprise enterprise) {
        return new EnterpriseSnapshot(enterprise.uscc, enterprise.name, enterprise.status, enterprise.version,
                enterprise.registeredAt);
    }
}
