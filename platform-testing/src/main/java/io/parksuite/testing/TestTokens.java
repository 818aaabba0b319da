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
    private static final PrivateKey KEY = loadKey();

    private TestTokens() {
    }

    public static String forRole(String role) {
        return sign(builder(role, "test-client"));
    }

    public static String forClient(String role, String clientId) {
        return sign(builder(role, clientId));
    }

    public static String forEnterprise(String uscc) {
        return sign(builder("enterprise", "test-client").claim("uscc", uscc));
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

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("parksuite-dev").header("typ", "JWT").sign(KEY);
    }

    private static JwtClaimsBuilder builder(String role, String clientId) {
        String subject = "test-" + role;
        return Jwt.issuer(DEV_ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("azp", clientId)
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(Duration.ofHours(1));
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
