package io.parksuite.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where the tests against a running suite (end-to-end, fuzzing, chaos) take their bearer tokens. With {@code OIDC_TOKEN_URL} set (the suite
 * started with {@code deploy/suite up --oidc}, as {@code deploy/suite test} does), every token is
 * issued by Keycloak to a user of the {@code park-suite} realm through the test-only password-grant
 * client ({@code OIDC_CLIENT_ID} / {@code OIDC_CLIENT_SECRET}); users are named after their role,
 * and enterprise users (企业用户) or approval officers of a USCC or department the realm does not
 * hold are created on first use. Without it, tokens are signed with the dev key
 * ({@link TestTokens}), for the quick local path.
 */
public final class SuiteTokens {

    /** The realm's two enterprise users, each of its own USCC. */
    public static final String ENTERPRISE_A = "91430112KC00000010";
    public static final String ENTERPRISE_B = "91430112KC00000023";

    private static final String TOKEN_URL = env("OIDC_TOKEN_URL").orElse(null);
    private static final String CLIENT_ID = env("OIDC_CLIENT_ID").orElse("park-suite-e2e");
    private static final String CLIENT_SECRET = env("OIDC_CLIENT_SECRET").orElse("");
    private static final String USER_PASSWORD = env("OIDC_USER_PASSWORD").orElse("");
    private static final Duration MIN_VALIDITY = Duration.ofSeconds(60);

    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> CREATED_USERS = new ConcurrentHashMap<>();

    private SuiteTokens() {
    }

    public static boolean fromKeycloak() {
        return TOKEN_URL != null;
    }

    /** The issuer of the tokens the services trust. */
    public static String issuer() {
        return fromKeycloak() ? env("OIDC_ISSUER").orElseThrow() : TestTokens.DEV_ISSUER;
    }

    /** A token for a role, shared by the calls of one test class and the next. */
    public static String forRole(String role) {
        return forClient(role, "e2e");
    }

    /**
     * A token for a role as one client: with the dev key, {@code client} is the token's
     * {@code azp}; from Keycloak, {@code azp} is always the test client, and each {@code client}
     * name gets a token of its own (so a rate-limit bucket of its own).
     */
    public static String forClient(String role, String client) {
        if (!fromKeycloak()) {
            return TestTokens.forClient(role, client);
        }
        return cached(role + "@" + client, () -> passwordGrant(role));
    }

    /** The {@code azp} the services see for {@link #forClient(String, String)}'s tokens. */
    public static String clientOf(String client) {
        return fromKeycloak() ? CLIENT_ID : client;
    }

    /** An enterprise user of {@code uscc}, carrying the provider's default roles beside {@code enterprise}. */
    public static String forEnterprise(String uscc) {
        if (!fromKeycloak()) {
            return TestTokens.forEnterpriseWithDefaultRoles(uscc);
        }
        String user = switch (uscc) {
            case ENTERPRISE_A -> "enterprise-a";
            case ENTERPRISE_B -> "enterprise-b";
            default -> ensureUser("e2e-enterprise-" + uscc.toLowerCase(), "enterprises", "uscc", uscc);
        };
        return cached(user, () -> passwordGrant(user));
    }

    /** An approval officer of department {@code dept}. */
    public static String forOfficer(String dept) {
        if (!fromKeycloak()) {
            return TestTokens.forOfficer(dept);
        }
        String user = "market-regulation".equals(dept)
                ? "approval-officer"
                : ensureUser("e2e-officer-" + dept.toLowerCase(), "approval-officers", "dept", dept);
        return cached(user, () -> passwordGrant(user));
    }

    /** A government system's token by the client-credentials grant (Keycloak only). */
    public static String forGovernmentSystem() {
        String client = env("OIDC_GOV_CLIENT_ID").orElseThrow();
        return cached("client:" + client, () -> grant(Map.of("grant_type", "client_credentials",
                "client_id", client, "client_secret", env("OIDC_GOV_CLIENT_SECRET").orElseThrow())));
    }

    private static Issued passwordGrant(String user) {
        return grant(Map.of("grant_type", "password", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                "username", user, "password", USER_PASSWORD, "scope", "openid"));
    }

    private static Issued grant(Map<String, String> form) {
        Response response = RestAssured.given().contentType(ContentType.URLENC).formParams(form)
                .when().post(TOKEN_URL);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token (" + form.get("grant_type") + ", "
                    + form.getOrDefault("username", form.get("client_id")) + "): " + response.asString());
        }
        return new Issued(response.jsonPath().getString("access_token"),
                Instant.now().plusSeconds(response.jsonPath().getLong("expires_in")));
    }

    /**
     * Creates a realm user in {@code group} (which grants the role) with one attribute, through
     * the admin API as the test client's service account; an existing user is kept.
     */
    private static String ensureUser(String username, String group, String attribute, String value) {
        CREATED_USERS.computeIfAbsent(username, name -> {
            String admin = grant(Map.of("grant_type", "client_credentials", "client_id", CLIENT_ID,
                    "client_secret", CLIENT_SECRET)).token();
            String realmUrl = TOKEN_URL.replace("/realms/", "/admin/realms/")
                    .replace("/protocol/openid-connect/token", "");
            Map<String, Object> user = Map.of(
                    "username", name, "enabled", true, "emailVerified", true,
                    "email", name + "@e2e.parksuite.local", "firstName", "E2E", "lastName", name,
                    "groups", List.of("/" + group),
                    "attributes", Map.of(attribute, List.of(value)),
                    "credentials", List.of(Map.of("type", "password", "value", USER_PASSWORD, "temporary", false)));
            int status = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(user)
                    .when().post(realmUrl + "/users").statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("Keycloak did not create the test user " + name + ": " + status);
            }
            return true;
        });
        return username;
    }

    private static String cached(String key, Supplier<Issued> issue) {
        return CACHE.compute(key, (k, current) ->
                current != null && current.validUntil().isAfter(Instant.now().plus(MIN_VALIDITY))
                        ? current
                        : issue.get()).token();
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    private record Issued(String token, Instant validUntil) {
    }
}
