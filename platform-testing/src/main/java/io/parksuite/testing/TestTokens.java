package io.parksuite.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Mints tokens signed with the dev-only key (deploy/local/dev-jwt), the same kind that
 * {@code deploy/suite token} prints, for the services' tests and the end-to-end tests.
 */
public final class TestTokens {

    public static final String DEV_ISSUER = "https://parksuite.local/dev";
    /** The audience every service requires ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "park-suite";
    /** Roles an identity provider adds to every user's token (Keycloak's defaults). */
    public static final Set<String> PROVIDER_DEFAULT_ROLES =
            Set.of("offline_access", "uma_authorization", "default-roles-park-suite");
    private static final PrivateKey KEY = loadKey();

    private TestTokens() {
    }

    /** An enterprise that no test registers: the uscc of {@link #forRole}'s enterprise tokens. */
    public static final String UNREGISTERED_USCC = "91430112MA4L00000U";
    /** The department of {@link #forRole}'s approval-officer tokens. */
    public static final String DEFAULT_DEPT = "TEST-DEPT";

    /**
     * A token of {@code role} with the claims that role requires: an enterprise token names
     * {@link #UNREGISTERED_USCC}, an approval officer {@link #DEFAULT_DEPT}.
     */
    public static String forRole(String role) {
        return forClient(role, "test-client");
    }

    public static String forClient(String role, String clientId) {
        JwtClaimsBuilder builder = builder(role, clientId);
        if ("enterprise".equals(role)) {
            builder.claim("uscc", UNREGISTERED_USCC);
        } else if ("approval-officer".equals(role)) {
            builder.claim("dept", DEFAULT_DEPT);
        }
        return sign(builder);
    }

    public static String forEnterprise(String uscc) {
        return sign(builder("enterprise", "test-client").claim("uscc", uscc));
    }

    /**
     * An enterprise user's token as an identity provider issues it: the enterprise role beside
     * the provider's default roles.
     */
    public static String forEnterpriseWithDefaultRoles(String uscc) {
        return withGroups(withProviderDefaults(Set.of("enterprise")), "uscc", uscc);
    }

    /** A token holding exactly {@code groups}, with one extra claim (null name: none). */
    public static String withGroups(Set<String> groups, String claim, String value) {
        JwtClaimsBuilder builder = builder("enterprise", "test-client").groups(groups);
        return sign(claim == null ? builder : builder.claim(claim, value));
    }

    /** {@code roles} plus the identity provider's default roles. */
    public static Set<String> withProviderDefaults(Set<String> roles) {
        Set<String> all = new java.util.HashSet<>(roles);
        all.addAll(PROVIDER_DEFAULT_ROLES);
        return all;
    }

    /** A token for another audience: every service must refuse it. */
    public static String withAudience(String role, String audience) {
        return sign(builder(role, "test-client").audience(audience));
    }

    /** A token that becomes valid only in an hour. */
    public static String notYetValid(String role) {
        return sign(builder(role, "test-client").claim("nbf", Instant.now().plus(Duration.ofHours(1)).getEpochSecond()));
    }

    /** An approval officer of department {@code dept} ({@code dept} claim). */
    public static String forOfficer(String dept) {
        return sign(builder("approval-officer", "test-client").claim("dept", dept));
    }

    public static String expired(String role) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(builder(role, "test-client").issuedAt(past).expiresAt(past.plus(Duration.ofMinutes(5))));
    }

    public static String withIssuer(String role, String issuer) {
        return sign(builder(role, "test-client").issuer(issuer));
    }

    /**
     * A token of {@code role} with exactly these claims, as {@code deploy/suite token} prints it
     * ({@link DevTokenCli}); {@code uscc} and {@code dept} are left out when null.
     */
    public static String mint(String role, String subject, String clientId, String uscc, String dept, Duration ttl) {
        JwtClaimsBuilder builder = builder(role, subject, clientId, ttl);
        if (uscc != null) {
            builder.claim("uscc", uscc);
        }
        if (dept != null) {
            builder.claim("dept", dept);
        }
        return sign(builder);
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("parksuite-dev").header("typ", "JWT").sign(KEY);
    }

    private static JwtClaimsBuilder builder(String role, String clientId) {
        return builder(role, "test-" + role, clientId, Duration.ofHours(1));
    }

    private static JwtClaimsBuilder builder(String role, String subject, String clientId, Duration ttl) {
        return Jwt.issuer(DEV_ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("azp", clientId)
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(ttl);
    }

    private static PrivateKey loadKey() {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream("dev-jwt/private-key.pem")) {
            if (in == null) {
                throw new IllegalStateException("dev-jwt/private-key.pem is not on the classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the dev signing key", e);
        }
    }
}
