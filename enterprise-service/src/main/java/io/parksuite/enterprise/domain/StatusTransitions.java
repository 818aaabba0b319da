package io.parksuite.enterprise.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Which lifecycle moves an enterprise can make: a relocated firm may return; deregistration is final. */
public final class StatusTransitions {

    private static final Map<EnterpriseStatus, Set<EnterpriseStatus>> ALLOWED = Map.of(
            EnterpriseStatus.ACTIVE, EnumSet.of(EnterpriseStatus.RELOCATED_OUT, EnterpriseStatus.DEREGISTERED),
            EnterpriseStatus.RELOCATED_OUT, EnumSet.of(EnterpriseStatus.ACTIVE, EnterpriseStatus.DEREGISTERED),
            EnterpriseStatus.DEREGISTERED, EnumSet.noneOf(EnterpriseStatus.class));

    private StatusTransitions() {
    }

    public static Set<EnterpriseStatus> from(EnterpriseStatus status) {
        return ALLOWED.get(status);
    }

    public static boolean allowed(EnterpriseStatus from, EnterpriseStatus to) {
        return ALLOWED.get(from).contains(to);
    }
}
