package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The desk's object-level rules fail closed whatever the token: an officer without a department reaches
 * none (never "all"), and a token holding the enterprise role is limited to its enterprise even if it also
 * carries a staff role. The platform refuses such tokens first; these rules hold without it.
 */
class AccessTest {

    private static Access access(Set<String> roles, Map<String, Object> claims) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("someone")).addRoles(roles);
        JsonWebToken token = new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        return new Access(new Caller(identity.build(), token));
    }

    private static Application involving(String dept) {
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.departmentList = "," + dept + ",";
        a.applicantUscc = "91350100M000100Y43";
        return a;
    }

    @Test
    void anOfficerWithoutADepartmentReachesNoDepartment() {
        for (Map<String, Object> claims : java.util.List.<Map<String, Object>>of(Map.of(), Map.of("dept", " "))) {
            Access officer = access(Set.of("approval-officer"), claims);
            ProblemException refused = assertThrows(ProblemException.class, officer::officerDept);
            assertEquals(403, refused.status());
            assertFalse(officer.mayRead(involving("SCJG")));
            assertThrows(ProblemException.class, () -> officer.requireDepartment("SCJG"));
            assertThrows(ProblemException.class, () -> officer.requireDesk(involving("SCJG")));
            assertFalse(officer.seesEverything());
        }
    }

    @Test
    void anOfficerReachesItsOwnDepartmentOnly() {
        Access officer = access(Set.of("approval-officer"), new HashMap<>(Map.of("dept", "SCJG")));
        assertEquals("SCJG", officer.officerDept());
        assertFalse(officer.mayRead(involving("GA")));
        assertThrows(ProblemException.class, () -> officer.requireDepartment("GA"));
        officer.requireDepartment("SCJG");
    }

    @Test
    void aTokenHoldingTheEnterpriseRoleStaysWithinItsEnterprise() {
        Access mixed = access(Set.of("enterprise", "service-manager"), Map.of("uscc", "91430112MA4L00000U"));
        assertFalse(mixed.seesEverything());
        assertFalse(mixed.isDesk());
        assertFalse(mixed.mayRead(involving("SCJG")));
        assertEquals("91430112MA4L00000U", mixed.enterpriseUscc());
        Access withoutUscc = access(Set.of("enterprise"), Map.of());
        assertEquals(403, assertThrows(ProblemException.class, withoutUscc::enterpriseUscc).status());
        assertNull(access(Set.of("service-manager"), Map.of()).officerDept());
    }
}
