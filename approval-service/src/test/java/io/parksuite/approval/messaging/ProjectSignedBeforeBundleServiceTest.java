package io.parksuite.approval.messaging;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.service.ProjectDrafts;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project signed while the start-up bundle is not yet in the catalogue is not lost: it waits, with its
 * signing data, and gets its pre-filled draft when the bundle is defined; a redelivered signing event
 * still makes one draft only.
 */
@QuarkusTest
@TestProfile(ProjectSignedBeforeBundleServiceTest.BundleNotYetDefined.class)
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ProjectSignedBeforeBundleServiceTest {

    static final String BUNDLE = "startup-bundle-defined-late";

    /** The signed-project bundle is one no test defines until this test does. */
    public static class BundleNotYetDefined implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parksuite.approval.project-signed-bundle", BUNDLE);
        }
    }

    @Inject
    ProjectDrafts drafts;

    @Test
    void aProjectSignedBeforeItsBundleExistsGetsItsDraftWhenTheBundleIsDefined() {
        UUID project = UUID.randomUUID();
        String uscc = TestUscc.random();
        String eventId = UUID.randomUUID().toString();
        send(project, eventId, uscc);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> drafts.pending(BUNDLE)).contains(project));
        assertEquals(0, draftsOf(project), "no bundle, no draft yet");
        assertEquals(0, drafts.draftAllPending(), "a sweep leaves it waiting while the bundle is missing");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> drafts.pending(BUNDLE)).contains(project));

        String dept = unique("dept-late");
        String item = unique("LATE");
        createItem(item, dept, 20, 10, false, true);
        createBundle(BUNDLE, List.of(item));

        await().atMost(Duration.ofSeconds(10)).until(() -> draftsOf(project) == 1);
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> drafts.pending(BUNDLE)));
        manager().queryParam("projectId", project.toString()).get("/api/v1/approval/applications").then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].bundleCode", equalTo(BUNDLE))
                .body("items[0].status", equalTo("DRAFT"))
                .body("items[0].applicantUscc", equalTo(uscc))
                .body("items[0].buildFirst", equalTo(true))
                .body("items[0].formData.projectName", equalTo("迟到一件事示例项目"))
                .body("items[0].formData.enterpriseName", equalTo("望城示例装备有限公司"))
                .body("items[0].formData.plannedInvestmentYuan", equalTo("300000000"));

        send(project, eventId, uscc);
        UUID marker = UUID.randomUUID();
        send(marker, UUID.randomUUID().toString(), uscc);
        await().atMost(Duration.ofSeconds(30)).until(() -> draftsOf(marker) == 1);
        assertEquals(1, draftsOf(project), "one draft per project, however often the signing arrives");
    }

    private static long draftsOf(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> Application.count("projectId", project));
    }

    private static void send(UUID project, String eventId, String uscc) {
        String json = """
                {"id":"%s","name":"迟到一件事示例项目","investor":{"uscc":"%s","name":"望城示例装备有限公司","type":"OTHER","linked":true},
                 "chainCode":"ADVANCED_EQUIPMENT","plannedInvestmentYuan":300000000,"tier":"MAJOR","faiEligible":true,
                 "landAreaMu":40,"buildBeforeApproval":true,"stage":"SIGNED","stageDate":"2026-11-20",
                 "milestones":{"signed":"2026-11-20"},"completedInvestmentYuan":0,"fundsArrivedYuan":0,
                 "createdAt":"2026-10-01T08:00:00Z","updatedAt":"2026-11-20T08:00:00Z","aggregateVersion":3,
                 "from":"NEGOTIATING","to":"SIGNED","date":"2026-11-20","actor":"investment-officer"}"""
                .formatted(project, uscc);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("project.events", project.toString(),
                json.getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", eventId,
                "ce_type", "parksuite.project.stage-changed.v1", "ce_source", "/parksuite/test",
                "ce_subject", project.toString(), "ce_time", OffsetDateTime.now().toString(), "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        TopicWriter.send(record);
    }
}
