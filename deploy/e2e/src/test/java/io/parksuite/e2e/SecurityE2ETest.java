package io.parksuite.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parksuite.testing.SuiteTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Access control as callers meet it through the gateway, with the tokens a real identity provider
 * issues (Keycloak in {@code deploy/suite test}): an enterprise user whose token carries the
 * provider's default roles sees its own records and not another enterprise's, and every token
 * that must be refused (none, {@code alg: none}, HS256 keyed with the public key, forged or edited
 * claims) is a 401 problem+json, never a 5xx.
 */
class SecurityE2ETest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

    @BeforeAll
    static void bothEnterprisesAreRegistered() {
        String registrar = SuiteTokens.forClient("park-admin", "e2e-security");
        for (String uscc : List.of(SuiteTokens.ENTERPRISE_A, SuiteTokens.ENTERPRISE_B)) {
            Gateway.request().auth().oauth2(registrar).contentType(ContentType.JSON)
                    .body("""
                            {"uscc": "%s", "name": "安全端到端测试企业%s"}""".formatted(uscc, uscc.substring(14)))
                    .when().post("/api/v1/enterprises")
                    .then().statusCode(anyOf(is(201), is(409)));
        }
    }

    @Test
    void anEnterpriseUserWithTheProvidersDefaultRolesSeesOnlyItsOwnRecords() throws IOException {
        String token = SuiteTokens.forEnterprise(SuiteTokens.ENTERPRISE_A);
        ObjectNode claims = payload(token);
        List<String> groups = JSON.convertValue(claims.get("groups"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        assertTrue(groups.contains("enterprise") && groups.contains("offline_access"),
                "the token carries the provider's default roles beside enterprise: " + groups);
        assertEquals(SuiteTokens.ENTERPRISE_A, claims.path("uscc").asText());

        Gateway.request().auth().oauth2(token)
                .when().get("/api/v1/enterprises/{uscc}", SuiteTokens.ENTERPRISE_A)
                .then().statusCode(200).body("uscc", equalTo(SuiteTokens.ENTERPRISE_A));
        Gateway.request().auth().oauth2(token)
                .when().get("/api/v1/statistical-reports/{uscc}?year=2019", SuiteTokens.ENTERPRISE_A)
                .then().statusCode(200);

        Gateway.request().auth().oauth2(token)
                .when().get("/api/v1/enterprises/{uscc}", SuiteTokens.ENTERPRISE_B)
                .then().statusCode(anyOf(is(403), is(404))).contentType("application/problem+json");
        Gateway.request().auth().oauth2(token)
                .when().get("/api/v1/statistical-reports/{uscc}?year=2019", SuiteTokens.ENTERPRISE_B)
                .then().statusCode(anyOf(is(403), is(404))).contentType("application/problem+json");
        Gateway.request().auth().oauth2(token)
                .when().get("/api/v1/statistical-reports/{uscc}/{period}", SuiteTokens.ENTERPRISE_B, "2019-03")
                .then().statusCode(anyOf(is(403), is(404))).contentType("application/problem+json");
    }

    @Test
    void theOtherEnterpriseIsRefusedTheFirstOnesRecordsToo() {
        String token = SuiteTokens.forEnterprise(SuiteTokens.ENTERPRISE_B);
        Gateway.request().auth().oauth2(token)
                .when().get("/api/v1/enterprises/{uscc}", SuiteTokens.ENTERPRISE_A)
                .then().statusCode(anyOf(is(403), is(404)));
        Gateway.request().auth().oauth2(token)
                .when().get("/api/v1/statistical-reports/{uscc}?year=2019", SuiteTokens.ENTERPRISE_A)
                .then().statusCode(anyOf(is(403), is(404)));
    }

    @Test
    void aGovernmentSystemAuthenticatesWithClientCredentials() {
        if (!SuiteTokens.fromKeycloak()) {
            return;
        }
        Gateway.request().auth().oauth2(SuiteTokens.forGovernmentSystem())
                .when().get("/api/v1/enterprises/{uscc}", SuiteTokens.ENTERPRISE_A)
                .then().statusCode(200);
    }

    @Test
    void everyTokenThatMustBeRefusedIsA401ProblemThroughTheGateway() throws Exception {
        String genuine = SuiteTokens.forClient("park-leader", "e2e-security");
        String path = "/api/v1/enterprises/" + SuiteTokens.ENTERPRISE_A;
        Gateway.request().auth().oauth2(genuine).when().get(path).then().statusCode(200);

        long now = Instant.now().getEpochSecond();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("alg none", unsigned(genuine));
        refused.put("HS256 keyed with the public key", hs256WithThePublicKey(genuine));
        refused.put("signed with a throw-away key", signedWithAThrowAwayKey(genuine, claims -> claims));
        refused.put("wrong issuer", edited(genuine, claims -> claims.put("iss", "https://sso.evil.example/realms/park-suite")));
        refused.put("wrong issuer, throw-away key", signedWithAThrowAwayKey(genuine,
                claims -> claims.put("iss", "https://sso.evil.example/realms/park-suite")));
        refused.put("wrong audience", edited(genuine, claims -> claims.put("aud", "another-suite")));
        refused.put("expired", edited(genuine, claims -> claims.put("iat", now - 7200).put("exp", now - 3600)));
        refused.put("not yet valid", edited(genuine, claims -> claims.put("nbf", now + 3600)));
        refused.put("tampered roles", edited(genuine, claims -> {
            ArrayNode groups = (ArrayNode) claims.get("groups");
            groups.add("park-admin");
            return claims;
        }));
        refused.put("tampered uscc", edited(genuine, claims -> claims.put("uscc", SuiteTokens.ENTERPRISE_B)));
        refused.put("not a JWT", "e2e-" + now);

        List<org.junit.jupiter.api.function.Executable> checks = new java.util.ArrayList<>();
        checks.add(() -> assertRefused("no token", Gateway.request().when().get(path)));
        refused.forEach((name, token) ->
                checks.add(() -> assertRefused(name, Gateway.request().auth().oauth2(token).when().get(path))));
        // A public route authenticates a token it is given: a bad one is refused there too.
        checks.add(() -> assertRefused("alg none on a public route", Gateway.request()
                .auth().oauth2(refused.get("alg none")).when().get("/api/v1/approval/service-items?size=1")));
        assertAll(checks);
    }

    private static void assertRefused(String name, Response response) {
        assertEquals(401, response.statusCode(), name + ": " + response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), name + ": " + response.contentType());
    }

    private static ObjectNode payload(String token) throws IOException {
        return (ObjectNode) JSON.readTree(B64_DECODE.decode(token.split("\\.")[1]));
    }

    private static ObjectNode header(String token) throws IOException {
        return (ObjectNode) JSON.readTree(B64_DECODE.decode(token.split("\\.")[0]));
    }

    private static String encode(Object json) throws IOException {
        return B64.encodeToString(JSON.writeValueAsBytes(json));
    }

    /** The genuine header and signature around an edited payload. */
    private static String edited(String token, UnaryOperator<ObjectNode> edit) throws IOException {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(edit.apply(payload(token))) + "." + parts[2];
    }

    private static String unsigned(String token) throws IOException {
        ObjectNode header = header(token).put("alg", "none");
        return encode(header) + "." + token.split("\\.")[1] + ".";
    }

    /** The algorithm-confusion attack: HMAC keyed with the verifier's RSA public key (PEM). */
    private static String hs256WithThePublicKey(String token) throws Exception {
        String input = encode(header(token).put("alg", "HS256")) + "." + token.split("\\.")[1];
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKeyPem(header(token).path("kid").asText()).getBytes(StandardCharsets.US_ASCII),
                "HmacSHA256"));
        return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    /** RS256 with the genuine key id but a key of the attacker's. */
    private static String signedWithAThrowAwayKey(String token, UnaryOperator<ObjectNode> edit) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey key = generator.generateKeyPair().getPrivate();
        ObjectNode claims = edit.apply(payload(token));
        claims.put("exp", Instant.now().plus(Duration.ofMinutes(10)).getEpochSecond());
        String input = encode(header(token)) + "." + encode(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(signature.sign());
    }

    /** The services' verification key as PEM: Keycloak's from its JWKS, else the dev key's public half. */
    private static String publicKeyPem(String kid) throws IOException, GeneralSecurityException {
        if (!SuiteTokens.fromKeycloak()) {
            return Files.readString(Path.of("../local/dev-jwt/public-key.pem"));
        }
        List<Map<String, String>> keys = RestAssured.given()
                .get(SuiteTokens.issuer() + "/protocol/openid-connect/certs").then().statusCode(200)
                .extract().jsonPath().getList("keys");
        Map<String, String> jwk = keys.stream().filter(k -> kid.equals(k.get("kid"))).findFirst().orElseThrow();
        var publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, B64_DECODE.decode(jwk.get("n"))), new BigInteger(1, B64_DECODE.decode(jwk.get("e")))));
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKey.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void keycloakIsTheIssuerOfTheSuitesTokens() throws IOException {
        if (!SuiteTokens.fromKeycloak()) {
            return;
        }
        ObjectNode claims = payload(SuiteTokens.forRole("statistician"));
        assertEquals(SuiteTokens.issuer(), claims.path("iss").asText());
        assertTrue(claims.path("aud").toString().contains("\"park-suite\""), "aud carries park-suite: " + claims.path("aud"));
        Gateway.request().auth().oauth2(SuiteTokens.forRole("statistician"))
                .when().get("/api/v1/statistical-reports/{uscc}?year=2019", SuiteTokens.ENTERPRISE_B)
                .then().statusCode(200);
    }
}
