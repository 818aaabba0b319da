package io.parksuite.testing;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What every service must do once started: report its probes up with the database checked,
 * answer unknown API routes with problem+json, and serve an OpenAPI document that names it.
 * A service's smoke {@code *IT} runs these against its packaged application.
 */
public abstract class ServiceStartupContract {

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
    void openApiDocumentNamesTheServiceAndPointsAtTheGateway() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", containsString("Park Suite"))
                .body("servers[0].url", equalTo("http://127.0.0.1:8080"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
