package io.parksuite.approval;

import io.parksuite.testing.PackagedService;
import io.parksuite.testing.ServiceStartupContract;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.parksuite.approval.ApprovalFixtures.itemJson;
import static io.parksuite.approval.ApprovalFixtures.manager;
import static io.parksuite.approval.ApprovalFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The packaged application starts, is ready, and answers a service item written through the REST API. */
@PackagedService(topics = ApprovalFixtures.TOPICS)
class ApprovalSmokeIT extends ServiceStartupContract {

    @Test
    void aServiceItemWrittenThroughTheApiReadsBack() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String code = unique("SMOKE");
        manager().contentType(ContentType.JSON).body(itemJson(code, "smoke-dept", 20, 5, false, false))
                .when().post("/api/v1/approval/service-items")
                .then().statusCode(201);
        given().when().get("/api/v1/approval/service-items/{code}", code)
                .then().statusCode(200)
                .body("name", equalTo("测试事项 " + code))
                .body("department", equalTo("smoke-dept"))
                .body("promisedLimitDays", equalTo(5));
    }
}
