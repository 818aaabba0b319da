package io.parksuite.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class CustomClaimsPrincipalFactoryTest {

    private static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("liaison-7");
        claims.setIssuer("park-suite-dev");
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setStringListClaim("groups", List.of("enterprise", "offline_access"));
        claims.setClaim(Roles.USCC_CLAIM, "91430112MA4L00000U");
        claims.setClaim(Roles.DEPT_CLAIM, "SCJG");
        return claims;
    }

    @Test
    void everyClaimReadsAsTheStandardPrincipalReadsIt() {
        var custom = new CustomClaimsPrincipalFactory.Principal("JWT", claims());
        var standard = new DefaultJWTCallerPrincipal("JWT", claims());
        for (String name : List.of(Roles.USCC_CLAIM, Roles.DEPT_CLAIM, "sub", "iss", "exp", "groups", "absent")) {
            assertEquals(String.valueOf((Object) standard.getClaim(name)), String.valueOf((Object) custom.getClaim(name)), name);
        }
    }

    @Test
    void customAndStandardClaimsKeepTheirValuesAndTypes() {
        var token = new CustomClaimsPrincipalFactory.Principal("JWT", claims());
        assertEquals("91430112MA4L00000U", String.valueOf((Object) token.getClaim(Roles.USCC_CLAIM)));
        assertEquals("liaison-7", token.getSubject());
        assertInstanceOf(Long.class, token.getClaim(Claims.exp.name()));
        assertEquals(Set.of("enterprise", "offline_access"), token.getGroups());
        assertNull(token.getClaim("absent"));
    }
}
