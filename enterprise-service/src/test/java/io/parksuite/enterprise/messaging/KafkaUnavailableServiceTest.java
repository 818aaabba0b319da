package io.parksuite.enterprise.messaging;

import io.parksuite.enterprise.EnterpriseRequests;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.NoKafkaBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** No broker at all: the registry keeps accepting writes, stays ready, and the outbox holds the events. */
@QuarkusTest
@TestProfile(NoKafkaBroker.class)
class KafkaUnavailableServiceTest {

    @Test
    void writesSucceedAndReadinessStaysUpWhileEventsWaitInTheOutbox() {
        String uscc = TestUscc.random();
        EnterpriseRequests.post("park-admin", uscc, "断网期间登记企业").statusCode(201);

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15)).until(() -> waiting(uscc) == 1L);

        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertEquals(1L, waiting(uscc));
    }

    private static long waiting(String uscc) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("aggregateId = ?1 and publishedAt is null", uscc));
    }
}
