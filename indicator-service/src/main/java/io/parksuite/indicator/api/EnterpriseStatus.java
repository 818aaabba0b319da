package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enterprise's lifecycle as the registry publishes it; the same values as enterprise-service's. */
@Schema(name = "EnterpriseStatus", description = "ACTIVE, RELOCATED_OUT (迁出) or DEREGISTERED (注销)")
public enum EnterpriseStatus {
    ACTIVE, RELOCATED_OUT, DEREGISTERED
}
