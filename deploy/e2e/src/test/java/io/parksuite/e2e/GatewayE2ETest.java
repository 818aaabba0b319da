package io.parksuite.e2e;

import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the gateway itself does: rate limits per client, the portal, problem+json for its own errors. */
class GatewayE2ETest {

    private static final List<String> SPECS = List.of("enterprise", "project", "indicator", "approval");

    @Test
    void aClientOverItsRateLimitGets429ProblemJsonWhileAnotherClientIsServed() {
        String greedy = TestTokens.forClient("park-admin", "e2e-greedy-" + System.nanoTime());
        String path = "/api/v1/enterprises/" + TestUscc.random();
        Response limited = null;
        for (int i = 0; i < 1000 && limited == null; i++) {
            Response response = Gateway.request().auth().oauth2(greedy).when().get(path);
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertEquals(404, response.statusCode());
            }
        }
        assertNotNull(limited, "no 429 within 1000 requests");
        limited.then().contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);

        Gateway.request().auth().oauth2(TestTokens.forClient("park-admin", "e2e-patient"))
                .when().get(path)
                .then().statusCode(404);
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
    void anUnknownRouteIsA404ProblemFromTheGateway() {
        Gateway.request().when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
