package io.parksuite.project;

import io.parksuite.testing.PackagedService;
import io.parksuite.testing.ServiceStartupContract;
import io.parksuite.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The packaged application starts, is ready, and answers a written project back through the REST API. */
@PackagedService(topics = ProjectRequests.TOPICS)
class ProjectSmokeIT extends ServiceStartupContract {

    @Test
    void aProjectWrittenThroughTheApiReadsBack() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String id = ProjectRequests.create("investment-officer", ProjectRequests.body("冒烟测试项目", "冒烟投资方",
                "LISTED", 120_000_000L, "NEGOTIATING", LocalDate.of(2020, 5, 6), false)).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("冒烟测试项目"))
                .body("tier", equalTo("LARGE"))
                .body("milestones.negotiating", equalTo("2020-05-06"));
    }
}
