package io.parksuite.e2e;

import io.parksuite.testing.SuiteTokens;
import io.parksuite.testing.TestUscc;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The registry through the gateway: register, find by name, update with If-Match, read the history. */
class RegistryE2ETest {

    @Test
    void tenThousandRowsAreImportedThroughTheGatewayAndReadable() {
        ImportRows rows = new ImportRows(10_000, "端到端导入企业");
        Gateway.request().auth().oauth2(SuiteTokens.forClient("gov-system", "e2e-import"))
                .header("Idempotency-Key", "e2e-import-" + rows.usccs().get(0))
                .contentType("text/csv; charset=UTF-8").body(rows.csv())
                .when().post("/api/v1/enterprises/bulk")
                .then().statusCode(200)
                .body("received", equalTo(10_000))
                .body("imported", equalTo(10_000));

        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-leader", "e2e-import"))
                .when().get("/api/v1/enterprises/{uscc}", rows.usccs().get(9_999))
                .then().statusCode(200)
                .body("name", equalTo("端到端导入企业9999有限公司"))
                .body("streetCode", equalTo("JINSHANQIAO"));

        // The registered events reach the indicator service. The last 30 rows span every partition
        // (keys hash across 3), and a partition is consumed in order, so then every row has arrived.
        for (String uscc : rows.usccs().subList(9_970, 10_000)) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    Gateway.request().auth().oauth2(SuiteTokens.forClient("statistician", "e2e-import"))
                            .when().get("/api/v1/indicators/enterprises/{uscc}", uscc)
                            .then().statusCode(200));
        }
    }

    @Test
    void registerSearchUpdateAndReadTheHistory() {
        String admin = SuiteTokens.forClient("park-admin", "e2e-registry");
        String uscc = TestUscc.random();
        String name = "端到端检索" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";

        Gateway.request().auth().oauth2(admin).contentType(ContentType.JSON)
                .header("Idempotency-Key", "e2e-" + uscc)
                .body("""
                        {"uscc": "%s", "name": "%s", "streetCode": "JINSHANQIAO", "industryCode": "39"}""".formatted(uscc, name))
                .when().post("/api/v1/enterprises")
                .then().statusCode(201)
                .body("registrationArea.name", equalTo("望城区"));

        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-leader", "e2e-registry"))
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
                .body("[1].client", equalTo(SuiteTokens.clientOf("e2e-registry")));
    }
}
