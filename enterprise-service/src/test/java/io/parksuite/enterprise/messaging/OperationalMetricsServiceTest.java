package io.parksuite.enterprise.messaging;

import io.parksuite.enterprise.EnterpriseRequests;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.platform.outbox.OutboxRelay;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What operators watch: the business counter of recorded events, the outbox backlog and age
 * gauges (rising while the relay cannot publish, readiness untouched), and the trace context a
 * request carries through the outbox onto the Kafka record.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class OperationalMetricsServiceTest {

    private static final String REGISTERED = "parksuite.enterprise.registered.v1";

    @Inject
    OutboxRelay relay;

    @AfterEach
    void resumeRelay() {
        relay.resume();
    }

    @Test
    void registeringCountsTheEventOnceItCommitsAndARejectedRegistrationCountsNothing() {
        double before = metric("parksuite_events_recorded_total", "type=\"" + REGISTERED + "\"");

        String uscc = EnterpriseRequests.register("指标计数企业");
        assertEquals(before + 1, metric("parksuite_events_recorded_total", "type=\"" + REGISTERED + "\""));

        EnterpriseRequests.post("park-admin", uscc, "重复登记").statusCode(409);
        EnterpriseRequests.post("park-admin", "91350100M000100Y44", "校验位错误").statusCode(422);
        assertEquals(before + 1, metric("parksuite_events_recorded_total", "type=\"" + REGISTERED + "\""));
    }

    @Test
    void whileTheRelayCannotPublishTheBacklogAndItsAgeGrowAndReadinessStaysUp() {
        relay.suspend();
        await().atMost(Duration.ofSeconds(15)).until(() -> metric("parksuite_outbox_backlog", "") == 0);
        EnterpriseRequests.register("积压企业甲");
        EnterpriseRequests.register("积压企业乙");

        await().atMost(Duration.ofSeconds(15)).until(() -> metric("parksuite_outbox_backlog", "") == 2);
        await().atMost(Duration.ofSeconds(15)).until(() -> metric("parksuite_outbox_oldest_age_seconds", "") >= 1);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        relay.resume();
        await().atMost(Duration.ofSeconds(30)).until(() -> metric("parksuite_outbox_backlog", "") == 0
                && metric("parksuite_outbox_oldest_age_seconds", "") == 0);
    }

    @Test
    void theRequestsTraceContextTravelsThroughTheOutboxOntoTheKafkaRecord() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String uscc = TestUscc.random();
        EnterpriseRequests.post(given().auth().oauth2(TestTokens.forRole("park-admin"))
                        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"),
                uscc, "链路追踪企业").statusCode(201);

        String stored = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("aggregateId", uscc).firstResult().traceParent);
        assertTrue(stored.startsWith("00-" + traceId + "-"), stored);

        List<ConsumerRecord<String, String>> records = TopicReader.read("enterprise.events",
                r -> uscc.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        assertEquals(stored, TopicReader.header(records.get(0), "traceparent"));
    }

    @Test
    void theMetricsEndpointServesHttpJvmAndPoolMetricsBesideTheOutboxOnes() {
        EnterpriseRequests.register("指标端点企业");
        String body = metrics();
        for (String name : List.of("http_server_requests_seconds_count", "jvm_memory_used_bytes",
                "agroal_active_count", "parksuite_outbox_backlog", "parksuite_outbox_oldest_age_seconds")) {
            assertTrue(body.contains(name), name + " is missing from /q/metrics");
        }
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of a metric's samples whose labels contain {@code labels} (0 when none). */
    private static double metric(String name, String labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})?\\s+(\\S+)$", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(metrics());
        double sum = 0;
        while (matcher.find()) {
            String found = matcher.group(1) == null ? "" : matcher.group(1);
            if (found.contains(labels)) {
                sum += Double.parseDouble(matcher.group(2));
            }
        }
        return sum;
    }
}
