package io.parksuite.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class RoleGuardTest {

    private static final String USCC = "91430112MA4L00000U";

    @Test
    void anEnterpriseTokenWithAValidUsccIsUsable() {
        assertNull(RoleGuard.refusal(Set.of(Roles.ENTERPRISE), USCC, null));
    }

    @Test
    void anEnterpriseRoleBesideAnyStaffRoleIsRefused() {
        for (String staff : Roles.STAFF) {
            assertNotNull(RoleGuard.refusal(Set.of(Roles.ENTERPRISE, staff), USCC, "DEPT"), staff);
        }
    }

    @Test
    void anEnterpriseTokenWithoutAValidUsccIsRefused() {
        assertNotNull(RoleGuard.refusal(Set.of(Roles.ENTERPRISE), null, null));
        assertNotNull(RoleGuard.refusal(Set.of(Roles.ENTERPRISE), "91430112MA4L00000Y", null));
    }

    @Test
    void anApprovalOfficerWithoutADepartmentIsRefused() {
        assertNotNull(RoleGuard.refusal(Set.of(Roles.APPROVAL_OFFICER), null, null));
        assertNotNull(RoleGuard.refusal(Set.of(Roles.APPROVAL_OFFICER), null, " "));
        assertNull(RoleGuard.refusal(Set.of(Roles.APPROVAL_OFFICER), null, "SCJG"));
    }

    @Test
    void staffRolesTogetherAndNoSuiteRoleAtAllAreUsable() {
        assertNull(RoleGuard.refusal(Set.of(Roles.PARK_ADMIN, Roles.STATISTICIAN), null, null));
        assertNull(RoleGuard.refusal(Set.of(), null, null));
    }
}
