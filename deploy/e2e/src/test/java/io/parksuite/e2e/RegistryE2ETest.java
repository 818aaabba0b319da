package io.parksuite.e2e;

import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The registry through the gateway: register, find by name, update with If-Match, read the history. */
class RegistryE2ETest {

    @Test
    void registerSearchUpdateAndReadTheHistory() {
        String admin = TestTokens.forClient("park-admin", "e2e-registry");
        String uscc = TestUscc.random();
        String name = "端到端检索" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";

        Gateway.request().auth().oauth2(admin).contentType(ContentType.JSON)
                .header("Idempotency-Key", "e2e-" + uscc)
                .body("""
                        {"uscc": "%s", "name": "%s", "streetCode": "JINSHANQIAO", "industryCode": "39"}""".formatted(uscc, name))
                .when().post("/api/v1/enterprises")
                .then().statusCode(201)
                .body("registrationArea.name", equalTo("望城区"));

        Gateway.request().auth().oauth2(TestTokens.forClient("park-leader", "e2e-registry"))
                .queryParam("q", name.substring(0, 12)).queryParam("street", "JINSHANQIAO")
                .when().get("/api/v1/enterprises")
                .then().statusCode(200)
                .body("items.uscc", hasItem(uscc));

        Gateway.request().auth().oauth2(admin).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "%s", "streetCode": "JINSHANQIAO", "industryCode": "39",
                         "legalRepresentative": "端到端"}""".formatted(uscc, name))
                .when().put("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""));

        Gateway.request().auth().oauth2(admin)
                .when().get("/api/v1/enterprises/{uscc}/history", uscc)
                .then().statusCode(200)
                .body("version", contains(0, 1))
                .body("[1].changes.field", contains("legalRepresentative"))
                .body("[1].client", equalTo("e2e-registry"));
    }
}
