package io.parksuite.enterprise.messaging;

import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** No broker at all: the registry keeps accepting writes, stays ready, and the outbox holds the events. */
@QuarkusTest
@TestProfile(KafkaUnavailableTest.NoBroker.class)
class KafkaUnavailableTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1", "parksuite.outbox.send-timeout", "2s");
        }
    }

    @Test
    void writesSucceedAndReadinessStaysUpWhileEventsWaitInTheOutbox() {
        String uscc = TestUscc.random();
        given().auth().oauth2(TestTokens.forRole("park-admin")).contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "断网期间登记企业"}""".formatted(uscc))
                .when().post("/api/v1/enterprises")
                .then().statusCode(201);

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> waiting(uscc) == 1L);

        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertEquals(1L, waiting(uscc));
    }

    private static long waiting(String uscc) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("aggregateId = ?1 and publishedAt is null", uscc));
    }
}
