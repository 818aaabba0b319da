package io.parksuite.approval.messaging;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.domain.Application;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ProjectSignedConsumerServiceTest {

    @BeforeEach
    void catalogue() throws Exception {
        manager().contentType(ContentType.JSON).body(Files.readString(Path.of("../deploy/demo/data/approval-service-items.json")))
                .post("/api/v1/approval/service-items/bulk").then().statusCode(200);
        manager().contentType(ContentType.JSON).body(Files.readString(Path.of("../deploy/demo/data/approval-bundles.json")))
                .post("/api/v1/approval/bundles/bulk").then().statusCode(200);
    }

    @Test
    void aSignedProjectGetsOnePrefilledDraftOfTheIndustrialConstructionBundle() {
        String uscc = TestUscc.random();
        send("enterprise.events", uscc, "parksuite.enterprise.registered.v1", UUID.randomUUID().toString(), """
                {"uscc":"%s","name":"望城示例新材料有限公司","status":"ACTIVE","aggregateVersion":1,
                 "registeredAt":"2026-11-01T08:00:00Z","legalRepresentative":"李示例","address":"长沙市望城区示例路1号",
                 "someFutureField":{"nested":true}}""".formatted(uscc));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                io.parksuite.approval.domain.ApplicantEnterprise.findById(uscc) != null));

        UUID project = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String stageChanged = stageChanged(project, uscc, "NEGOTIATING", "SIGNED");
        send("project.events", project.toString(), "parksuite.project.stage-changed.v1", eventId, stageChanged);
        send("project.events", project.toString(), "parksuite.project.stage-changed.v1", eventId, stageChanged);
        send("project.events", project.toString(), "parksuite.project.stage-changed.v1", UUID.randomUUID().toString(), stageChanged);

        await().atMost(Duration.ofSeconds(30)).until(() -> drafts(project) == 1);
        String id = manager().queryParam("projectId", project.toString()).get("/api/v1/approval/applications").then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].bundleCode", equalTo("industrial-construction"))
                .body("items[0].status", equalTo("DRAFT"))
                .body("items[0].applicantUscc", equalTo(uscc))
                .body("items[0].buildFirst", equalTo(true))
                .body("items[0].promisedLimitDays", equalTo(30))
                .body("items[0].formData.projectName", equalTo("示例新材料产业园项目"))
                .body("items[0].formData.enterpriseName", equalTo("望城示例新材料有限公司"))
                .body("items[0].formData.legalRepresentative", equalTo("李示例"))
                .body("items[0].formData.address", equalTo("长沙市望城区示例路1号"))
                .body("items[0].formData.plannedInvestmentYuan", equalTo("1200000000"))
                .extract().path("items[0].id");
        enterprise(uscc).get("/api/v1/approval/applications/" + id).then().statusCode(200)
                .body("projectId", equalTo(project.toString()));
        manager().get("/api/v1/approval/applications/" + id + "/steps").then()
                .body("[0].actor", equalTo("system:project-signed")).body("[0].step", equalTo("CREATE"));

        UUID other = UUID.randomUUID();
        send("project.events", other.toString(), "parksuite.project.stage-changed.v1", UUID.randomUUID().toString(),
                stageChanged(other, uscc, "LEAD", "NEGOTIATING"));
        UUID marker = UUID.randomUUID();
        send("project.events", marker.toString(), "parksuite.project.stage-changed.v1", UUID.randomUUID().toString(),
                stageChanged(marker, uscc, "NEGOTIATING", "SIGNED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> drafts(marker) == 1);
        assertEquals(0, drafts(other), "only 签约 opens a draft");
    }

    private static long drafts(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> Application.count("projectId", project));
    }

    private static String stageChanged(UUID project, String uscc, String from, String to) {
        return """
                {"id":"%s","name":"示例新材料产业园项目","investor":{"uscc":"%s","name":"望城示例新材料有限公司","type":"OTHER","linked":true},
                 "chainCode":"NONFERROUS_NEW_MATERIALS","plannedInvestmentYuan":1200000000,"tier":"MAJOR","faiEligible":true,
                 "capacity":{"quantity":5000,"unit":"吨/年"},"landAreaMu":120.5,"buildBeforeApproval":true,
                 "stage":"%s","stageDate":"2026-11-20","milestones":{"signed":"2026-11-20"},"completedInvestmentYuan":0,
                 "fundsArrivedYuan":0,"createdAt":"2026-10-01T08:00:00Z","updatedAt":"2026-11-20T08:00:00Z","aggregateVersion":4,
                 "from":"%s","to":"%s","date":"2026-11-20","actor":"investment-officer","unknownLaterField":1}"""
                .formatted(project, uscc, to, from, to);
    }

    private static void send(String topic, String key, String type, String eventId, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", type,
                "ce_source", "/parksuite/test", "ce_subject", key, "ce_time", OffsetDateTime.now().toString(),
                "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        TopicWriter.send(record);
    }
}
