package io.parksuite.e2e;

import io.parksuite.testing.SuiteTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * A project from lead to production through the gateway: the officer's transitions, and the
 * approval-driven step, with the approval desk's application events published on approval.events
 * as approval-service publishes them (签约 → 审批 on submission; the approval lets 开工 pass).
 */
class ProjectFlowE2ETest {

    private static final String KAFKA = Optional.ofNullable(System.getenv("KAFKA_BOOTSTRAP_SERVERS"))
            .filter(servers -> !servers.isBlank()).orElse("127.0.0.1:9092");
    private static final String CLIENT = "e2e-projects";

    @Test
    void aProjectGoesFromLeadToProductionWithTheApprovalDeskInBetween() throws Exception {
        String officer = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String id = officer().contentType(ContentType.JSON)
                .body("""
                        {"name": "端到端智能终端项目", "investor": {"name": "端到端示例投资方有限公司", "type": "LISTED"},
                         "chainCode": "ELECTRONIC_INFORMATION", "plannedInvestmentYuan": 1200000000,
                         "capacity": {"quantity": 40000000, "unit": "台/年"}, "officer": "%s",
                         "stage": "LEAD", "stageDate": "2024-03-01"}""".formatted(officer))
                .when().post("/api/v1/projects")
                .then().statusCode(201).body("tier", equalTo("MAJOR")).extract().path("id");

        move(id, "NEGOTIATING", "2024-03-15").statusCode(200);
        move(id, "SIGNED", "2024-04-01").statusCode(200);
        move(id, "CONSTRUCTION", "2024-04-10").statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("skipReason"))
                .body("errors[0].message", containsString("APPROVING (审批)"));
        move(id, "LEAD", "2024-04-10").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("allowed: APPROVING (审批)"));

        String application = UUID.randomUUID().toString();
        publish(application, id, "parksuite.approval.application-submitted.v1", "SUBMITTED", null, 1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> read(id)
                .body("stage", equalTo("APPROVING"))
                .body("milestones.approving", equalTo("2024-04-03")));
        move(id, "CONSTRUCTION", "2024-04-10").statusCode(409).body("type", containsString("startup-approval-pending"));

        publish(application, id, "parksuite.approval.application-concluded.v1", "APPROVED", "approved", 5);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> read(id)
                .body("approval.result", equalTo("APPROVED")));

        move(id, "CONSTRUCTION", "2024-04-10").statusCode(200).body("stageLabel", equalTo("开工"));
        officer().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("""
                        {"date": "2024-05-20"}""")
                .when().post("/api/v1/projects/{id}/trial-production", id).then().statusCode(200);
        move(id, "PRODUCTION", "2024-06-09").statusCode(200).body("stage", equalTo("PRODUCTION"));

        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-leader", CLIENT))
                .when().get("/api/v1/projects/{id}/durations", id)
                .then().statusCode(200).body("signingToProductionDays", equalTo(69));
        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-leader", CLIENT))
                .when().get("/api/v1/projects/{id}/transitions", id)
                .then().statusCode(200)
                .body("to", equalTo(java.util.List.of("LEAD", "NEGOTIATING", "SIGNED", "APPROVING", "CONSTRUCTION",
                        "PRODUCTION")))
                .body("[3].actor", equalTo("approval-service"));
        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-leader", CLIENT))
                .queryParam("officer", officer)
                .when().get("/api/v1/projects/board")
                .then().statusCode(200).body("projects", equalTo(1)).body("stages[5].projects", equalTo(1));
        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-leader", CLIENT))
                .queryParam("officer", officer).queryParam("from", "2024-01").queryParam("to", "2024-12")
                .when().get("/api/v1/projects/kpis")
                .then().statusCode(200).body("total.signed", equalTo(1)).body("total.inProduction", equalTo(1))
                .body("total.averageSigningToProductionDays", greaterThanOrEqualTo(69.0f));
    }

    private static io.restassured.specification.RequestSpecification officer() {
        return Gateway.request().auth().oauth2(SuiteTokens.forClient("investment-officer", CLIENT));
    }

    private static ValidatableResponse read(String id) {
        return Gateway.request().auth().oauth2(SuiteTokens.forClient("park-leader", CLIENT))
                .when().get("/api/v1/projects/{id}", id).then().statusCode(200);
    }

    private static String etag(String id) {
        return read(id).extract().header("ETag");
    }

    private static ValidatableResponse move(String id, String to, String date) {
        return officer().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("""
                        {"to": "%s", "date": "%s", "note": "端到端"}""".formatted(to, date))
                .when().post("/api/v1/projects/{id}/transitions", id).then();
    }

    private static void publish(String application, String projectId, String type, String status, String result,
                                long version) throws Exception {
        String payload = """
                {"applicationId":"%s","referenceNumber":"E2E-%s","applicantName":"端到端示例投资方有限公司",
                 "projectId":"%s","bundleCode":"INDUSTRIAL_STARTUP","channel":"ONLINE","status":"%s","visits":1,
                 "aggregateVersion":%d,"updatedAt":"2024-04-09T02:00:00Z","submittedAt":"2024-04-03T01:00:00Z",
                 "result":%s,"concludedAt":%s,"workingDaysUsed":4,"promisedLimitDays":10,"onTime":true}"""
                .formatted(application, application.substring(0, 8), projectId, status, version,
                        result == null ? "null" : "\"" + result + "\"",
                        result == null ? "null" : "\"2024-04-09T02:00:00Z\"");
        ProducerRecord<String, String> record = new ProducerRecord<>("approval.events", application, payload);
        record.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_type", bytes(type))
                .add("ce_source", bytes("/parksuite/approval-service"))
                .add("ce_time", bytes(OffsetDateTime.now(ZoneOffset.UTC).toString()))
                .add("ce_subject", bytes(application))
                .add("content-type", bytes("application/json"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
