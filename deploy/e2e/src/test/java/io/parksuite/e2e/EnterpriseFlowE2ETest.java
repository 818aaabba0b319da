package io.parksuite.e2e;

import io.parksuite.testing.SuiteTokens;
import io.parksuite.testing.TestUscc;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** The first event path, through the gateway: registry POST → outbox → Kafka → indicator copy. */
class EnterpriseFlowE2ETest {

    @Test
    void aRegisteredEnterpriseReachesTheIndicatorService() {
        String uscc = TestUscc.random();
        String requestId = "e2e-" + UUID.randomUUID();

        Gateway.request().auth().oauth2(SuiteTokens.forClient("gov-system", "e2e-flow"))
                .header("X-Request-Id", requestId)
                .contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "端到端测试电子信息有限公司"}""".formatted(uscc))
                .when().post("/api/v1/enterprises")
                .then().statusCode(201)
                .header("X-Request-Id", equalTo(requestId))
                .body("uscc", equalTo(uscc));

        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-leader", "e2e-flow"))
                .when().get("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(200).body("name", equalTo("端到端测试电子信息有限公司"));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                Gateway.request().auth().oauth2(SuiteTokens.forClient("statistician", "e2e-flow"))
                        .when().get("/api/v1/indicators/enterprises/{uscc}", uscc)
                        .then().statusCode(200)
                        .body("uscc", equalTo(uscc))
                        .body("name", equalTo("端到端测试电子信息有限公司"))
                        .body("aggregateVersion", equalTo(0)));
    }

    @Test
    void aRequestIdIsGeneratedWhenTheClientSendsNone() {
        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-admin", "e2e-flow"))
                .when().get("/api/v1/enterprises/{uscc}", TestUscc.random())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", matchesPattern("[A-Za-z0-9._-]{8,128}"));
    }

    @Test
    void withoutATokenTheServiceAnswers401ProblemJsonThroughTheGateway() {
        Gateway.request().contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "无令牌"}""".formatted(TestUscc.random()))
                .when().post("/api/v1/enterprises")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void anInvalidUsccIsA422WithTheFieldNamed() {
        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-admin", "e2e-flow"))
                .contentType(ContentType.JSON)
                .body("""
                        {"uscc": "91350100M000100Y44", "name": "校验码错误"}""")
                .when().post("/api/v1/enterprises")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("uscc"));
    }
}
