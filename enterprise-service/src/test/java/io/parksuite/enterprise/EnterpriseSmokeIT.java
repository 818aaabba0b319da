package io.parksuite.enterprise;

import io.parksuite.testing.DevJwtKey;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The packaged application starts, is ready, and answers an enterprise registered through the REST API. */
@QuarkusIntegrationTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
@WithTestResource(value = DevJwtKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EnterpriseSmokeIT {

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
