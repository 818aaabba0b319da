package io.parksuite.approval;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The service starts against its own database with the platform tables migrated, and reports itself ready. */
@QuarkusTest
class ApprovalServiceStartupTest {

    @Test
    void probesReportUpWithTheDatabaseChecked() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void unknownApiRoutesAnswerProblemJson() {
        given().when().get("/api/v1/no-such-route").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void openApiDocumentNamesTheService() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", org.hamcrest.Matchers.containsString("Park Suite"));
    }
}
