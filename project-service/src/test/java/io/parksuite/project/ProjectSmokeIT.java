package io.parksuite.project;

import io.parksuite.testing.DevJwtKey;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The packaged application starts, is ready, and answers a written project back through the REST API. */
@QuarkusIntegrationTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
@WithTestResource(value = DevJwtKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProjectSmokeIT {

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
