package io.parksuite.indicator.messaging;

import io.parksuite.testing.NoKafkaBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** No broker at all: the consumer waits for it, while probes stay up and reads keep being served. */
@QuarkusTest
@TestProfile(NoKafkaBroker.class)
class KafkaUnavailableServiceTest {

    @Test
    void probesStayUpAndReadsAreServed() {
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        });
        given().auth().oauth2(TestTokens.forRole("park-leader"))
                .when().get("/api/v1/indicators/enterprises/{uscc}", TestUscc.random())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
