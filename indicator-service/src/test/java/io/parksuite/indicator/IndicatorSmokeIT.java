package io.parksuite.indicator;

import io.parksuite.testing.PackagedService;
import io.parksuite.testing.ServiceStartupContract;
import io.parksuite.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The packaged jar starts, is ready, and records and answers a period's release through its REST API. */
@PackagedService(topics = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq")
class IndicatorSmokeIT extends ServiceStartupContract {

    @Test
    void isReadyAndAnswersAReleaseItRecorded() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("{\"period\": \"2014-05\", \"releasedAt\": \"2014-06-20T10:00:00+08:00\"}")
                .when().put("/api/v1/indicators/releases/2014-05")
                .then().statusCode(200).body("period", equalTo("2014-05")).body("released", equalTo(true));

        given().auth().oauth2(TestTokens.forRole("park-leader"))
                .when().get("/api/v1/indicators/releases")
                .then().statusCode(200).body("period", hasItem("2014-05"));
    }
}
