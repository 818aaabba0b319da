package io.parksuite.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.parksuite.testing.SuiteTokens;
import io.parksuite.testing.TestUscc;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the gateway itself does: rate limits per token and per client address, forwarding headers
 * of its own, security headers, CORS, body caps per route, the portal, problem+json for its own errors.
 */
class GatewayE2ETest {

    private static final List<String> SPECS = List.of("enterprise", "project", "indicator", "approval");
    private static final int FLOOD_SIZE = 400;
    private static final int FLOOD_WAVES = 3;

    @Test
    void aClientOverItsRateLimitGets429ProblemJsonWhileAnotherClientIsServed() throws Exception {
        String greedy = SuiteTokens.forClient("park-admin", "e2e-greedy-" + System.nanoTime());
        String path = "/api/v1/enterprises/" + TestUscc.random();
        HttpResponse<String> limited = flood(path, () -> greedy, 404);
        assertProblem429(limited);

        // The greedy token's bucket is its own: another token of the same role is served.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                Gateway.request().auth().oauth2(SuiteTokens.forClient("park-admin", "e2e-patient"))
                        .when().get(path)
                        .then().statusCode(404));
    }

    /**
     * A fresh random Authorization header per request used to get a fresh bucket each; now every
     * request also passes the per-address zone, which stops them.
     */
    @Test
    void randomAuthorizationHeadersGetNoFreshBucketTheAddressZoneLimitsThem() throws Exception {
        String path = "/api/v1/enterprises/" + TestUscc.random();
        HttpResponse<String> limited = flood(path, () -> UUID.randomUUID().toString(), 401);
        assertProblem429(limited);

        // The address's bucket refills at its rate: later tests from this address are served again.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() ->
                Gateway.request().when().get("/api/v1/open-data/indicators").statusCode() != 429);
    }

    /**
     * Sends waves of GETs at once, each on a connection of its own, until the gateway answers 429:
     * the rate limits count a request when it arrives, however long the service takes to answer.
     * Every other answer must be {@code expected}.
     */
    private static HttpResponse<String> flood(String path, Supplier<String> token, int expected) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        for (int wave = 0; wave < FLOOD_WAVES; wave++) {
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < FLOOD_SIZE; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(Gateway.URL + path))
                        .header("Authorization", "Bearer " + token.get())
                        .timeout(Duration.ofSeconds(90)).GET().build();
                inFlight.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            HttpResponse<String> limited = null;
            for (CompletableFuture<HttpResponse<String>> answer : inFlight) {
                HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
                if (response.statusCode() == 429) {
                    limited = limited == null ? response : limited;
                } else {
                    assertEquals(expected, response.statusCode(), response.body());
                }
            }
            if (limited != null) {
                return limited;
            }
        }
        return fail("no 429 within " + FLOOD_WAVES + " waves of " + FLOOD_SIZE + " requests sent at once");
    }

    private static void assertProblem429(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"status\":429"), response.body());
        assertTrue(Integer.parseInt(response.headers().firstValue("Retry-After").orElse("0")) >= 1);
    }

    /** A client's forwarding headers never reach a service: Location names the gateway's public URL. */
    @Test
    void aClientsForwardedHostNeverReachesTheLocationHeader() {
        String uscc = TestUscc.random();
        String location = Gateway.request().auth().oauth2(SuiteTokens.forClient("gov-system", "e2e-gateway"))
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "4443")
                .header("X-Forwarded-Prefix", "/evil")
                .header("Forwarded", "host=evil.example;proto=https")
                .contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "转发头端到端测试有限公司"}""".formatted(uscc))
                .when().post("/api/v1/enterprises")
                .then().statusCode(201)
                .extract().header("Location");
        assertEquals(Gateway.URL + "/api/v1/enterprises/" + uscc, location);
    }

    /** The local allow-list (render's default): any port on localhost or 127.0.0.1, the whole origin matched. */
    @Test
    void anAllowedOriginIsEchoedAndALookalikeGetsNoCorsHeaders() {
        String token = SuiteTokens.forClient("park-leader", "e2e-cors");
        for (String allowed : List.of("http://localhost:5173", "https://127.0.0.1:8443")) {
            Gateway.request().auth().oauth2(token).header("Origin", allowed)
                    .queryParam("size", 1)
                    .when().get("/api/v1/enterprises")
                    .then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo(allowed))
                    .header("Access-Control-Expose-Headers", containsString("ETag"))
                    .header("Vary", containsString("Origin"));
        }
        for (String refused : List.of("http://localhost.attacker.example", "http://127x0x0x1", "http://evil.example/http://localhost")) {
            Gateway.request().auth().oauth2(token).header("Origin", refused)
                    .queryParam("size", 1)
                    .when().get("/api/v1/enterprises")
                    .then().statusCode(200)
                    .header("Access-Control-Allow-Origin", nullValue())
                    .header("Access-Control-Expose-Headers", nullValue());
        }
        Gateway.request().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/enterprises/" + TestUscc.random())
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
    }

    @Test
    void anAuthenticatedAnswerIsNeverStored() {
        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-leader", "e2e-gateway"))
                .queryParam("size", 1)
                .when().get("/api/v1/enterprises")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void thePortalHasAContentSecurityPolicyAndNoVersionHeaders() {
        Gateway.request().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("Server", equalTo("nginx"))
                .header("X-Powered-By", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"));
        Gateway.request().when().get("/portal/swagger-initializer.js").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }

    @Test
    void aBodyOverItsRoutesCapIsA413ProblemFromTheGateway() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        Gateway.request().contentType(ContentType.JSON).body(twoMegabytes)
                .when().post("/api/v1/enterprises")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));

        // Material uploads take the material file limit plus the multipart envelope, no more.
        String materials = "/api/v1/approval/applications/" + UUID.randomUUID() + "/materials";
        Gateway.request().contentType("application/octet-stream").body(twoMegabytes)
                .when().post(materials)
                .then().statusCode(not(equalTo(413)));
        Gateway.request().contentType("application/octet-stream").body(new byte[12 * 1024 * 1024])
                .when().post(materials)
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void thePortalListsTheFourOpenApiDocumentsAndEachIsServed() {
        Gateway.request().when().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Park Suite"));

        String initializer = Gateway.request().when().get("/portal/swagger-initializer.js")
                .then().statusCode(200).extract().asString();
        for (String spec : SPECS) {
            assertTrue(initializer.contains("/openapi/" + spec), "portal lists " + spec);
            Gateway.request().when().get("/openapi/" + spec).then().statusCode(200)
                    .body("openapi", startsWith("3."))
                    .body("info.title", containsString("Park Suite"));
        }
    }

    @Test
    void thePortalServesTheEventCatalogueWithEveryTypeOfTheAsyncApiDocument() throws Exception {
        String page = Gateway.request().when().get("/portal/events.html").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .extract().asString();
        JsonNode messages;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            messages = new ObjectMapper(new YAMLFactory()).readTree(in).path("components").path("messages");
        }
        assertTrue(messages.size() > 0, "the AsyncAPI document lists messages");
        for (JsonNode message : messages) {
            String type = message.path("name").asText();
            assertTrue(page.contains("id=\"" + type + "\""), "the catalogue describes " + type);
        }
        assertTrue(Gateway.request().when().get("/").then().statusCode(200).extract().asString()
                .contains("/portal/events.html"), "the API portal links the event catalogue");
    }

    @Test
    void anUnknownRouteIsA404ProblemFromTheGateway() {
        Gateway.request().when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void aRequestLineTheGatewayCannotParseIsA400AndAnOverlongUriA414ProblemJson() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> nul = client.send(HttpRequest.newBuilder(URI.create(Gateway.URL + "/api/v1/enterprises/%00/chains"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, nul.statusCode());
        assertEquals("application/problem+json", nul.headers().firstValue("Content-Type").orElse(""));
        assertTrue(nul.body().contains("\"status\":400"), nul.body());

        String overlong = "/api/v1/enterprises/" + "x".repeat(20_000) + "/chains";
        HttpResponse<String> tooLong = client.send(HttpRequest.newBuilder(URI.create(Gateway.URL + overlong))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(414, tooLong.statusCode());
        assertEquals("application/problem+json", tooLong.headers().firstValue("Content-Type").orElse(""));
        assertTrue(tooLong.body().contains("\"status\":414"), tooLong.body());
    }
}
