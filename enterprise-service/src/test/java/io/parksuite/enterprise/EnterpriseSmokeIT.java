package io.parksuite.enterprise;

import io.parksuite.testing.PackagedService;
import io.parksuite.testing.ServiceStartupContract;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The packaged application starts, is ready, and answers an enterprise registered through the REST API. */
@PackagedService(topics = "enterprise.events")
class EnterpriseSmokeIT extends ServiceStartupContract {

    @Test
    void anEnterpriseRegisteredThroughTheApiReadsBack() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String uscc = TestUscc.random();
        EnterpriseRequests.post("gov-system", uscc, "冒烟测试企业有限公司").statusCode(201);
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(200)
                .body("uscc", equalTo(uscc))
                .body("name", equalTo("冒烟测试企业有限公司"))
                .body("status", equalTo("ACTIVE"));
    }
}
