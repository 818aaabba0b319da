package io.parksuite.project.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicReader;
import io.parksuite.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.parksuite.project.ProjectRequests.transition;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class ApprovalEventsConsumerServiceTest {

    private static final String SUBMITTED = "parksuite.approval.application-submitted.v1";
    private static final String CONCLUDED = "parksuite.approval.application-concluded.v1";

    @Inject
    CloudEventRecords cloudEvents;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    @Test
    void aSubmittedStartUpApplicationMovesTheProjectToApprovalAndItsApprovalLetsConstructionStart() {
        String project = ProjectRequests.create("SIGNED", LocalDate.of(2019, 7, 1), false);
        String application = UUID.randomUUID().toString();
        UUID submitted = UUID.randomUUID();

        TopicWriter.send(event(submitted, SUBMITTED, application, project, "SUBMITTED", null, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read(project)
                .body("stage", equalTo("APPROVING"))
                .body("milestones.approving", equalTo("2019-07-03"))
                .body("approval.applicationId", equalTo(application)));
        given().auth().oauth2(TestTokens.forRole("park-admin")).when().get("/api/v1/projects/{id}/transitions", project)
                .then().body("[1].actor", equalTo("approval-service"));
        transition(project, "CONSTRUCTION", LocalDate.of(2019, 7, 10), null).statusCode(409);

        TopicWriter.send(event(submitted, SUBMITTED, application, project, "SUBMITTED", null, 1));
        UUID concluded = UUID.randomUUID();
        TopicWriter.send(event(concluded, CONCLUDED, application, project, "APPROVED", "approved", 4));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read(project)
                .body("approval.result", equalTo("APPROVED"))
                .body("approval.concludedOn", equalTo("2019-07-09")));
        assertEquals(1L, processed(submitted));

        transition(project, "CONSTRUCTION", LocalDate.of(2019, 7, 10), null).statusCode(200)
                .body("stage", equalTo("CONSTRUCTION"));
        assertEquals(1, TopicReader.read("project.events", r -> project.equals(r.key())
                && ProjectEvents.STAGE_CHANGED.equals(TopicReader.header(r, "ce_type"))
                && r.value().replace(" ", "").contains("\"to\":\"APPROVING\""), 2, Duration.ofSeconds(3)).size());
    }

    @Test
    void aDenialIsRecordedAndConstructionStaysBlocked() {
        String project = ProjectRequests.create("SIGNED", LocalDate.of(2019, 7, 1), false);
        String application = UUID.randomUUID().toString();
        TopicWriter.send(event(UUID.randomUUID(), SUBMITTED, application, project, "SUBMITTED", null, 1));
        TopicWriter.send(event(UUID.randomUUID(), CONCLUDED, application, project, "DENIED", "denied", 3));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read(project).body("approval.result", equalTo("DENIED")));
        transition(project, "CONSTRUCTION", LocalDate.of(2019, 7, 10), null).statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("DENIED"));
    }

    @Test
    void applicationsOfNoProjectAndOtherApprovalTypesChangeNothingAndAreNotDeadLettered() {
        String application = UUID.randomUUID().toString();
        UUID withoutProject = UUID.randomUUID();
        TopicWriter.send(event(withoutProject, SUBMITTED, application, null, "SUBMITTED", null, 1));
        UUID other = UUID.randomUUID();
        TopicWriter.send(event(other, "parksuite.approval.rated.v1", application, null, "DELIVERED", null, 9));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(withoutProject) == 1L);
        assertTrue(TopicReader.read("project-service.approval.events.dlq", r -> application.equals(r.key()), 1,
                Duration.ofSeconds(3)).isEmpty());
        assertEquals(0L, processed(other));
    }

    @Test
    void theInvestorsOwnApplicationMovesItsProject() {
        String investor = TestUscc.random();
        String project = ProjectRequests.createFor(investor, "投资方自己的开工办件", "SIGNED", LocalDate.of(2019, 7, 1));
        String application = UUID.randomUUID().toString();
        TopicWriter.send(event(UUID.randomUUID(), SUBMITTED, application, project, "SUBMITTED", null, 1, investor, null));
        TopicWriter.send(event(UUID.randomUUID(), CONCLUDED, application, project, "APPROVED", "approved", 4, investor, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read(project)
                .body("stage", equalTo("APPROVING"))
                .body("approval.result", equalTo("APPROVED")));
    }

    @Test
    void anotherEnterprisesApplicationNamingTheProjectIsSkippedAndChangesNothing() {
        String investor = TestUscc.random();
        String stranger = TestUscc.random();
        String project = ProjectRequests.createFor(investor, "他人冒用的项目", "SIGNED", LocalDate.of(2019, 7, 1));
        long version = ProjectRequests.version(project);
        double skippedBefore = skipped();
        String foreign = UUID.randomUUID().toString();
        UUID submitted = UUID.randomUUID();
        UUID concluded = UUID.randomUUID();

        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(String.valueOf(record.getParameters() == null ? record.getMessage()
                            : Arrays.asList(record.getParameters())));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(RefusedApplications.class.getName());
        log.addHandler(handler);
        try {
            TopicWriter.send(event(submitted, SUBMITTED, foreign, project, "SUBMITTED", null, 1, stranger, null));
            TopicWriter.send(event(concluded, CONCLUDED, foreign, project, "APPROVED", "approved", 4, stranger, null));
            await().atMost(Duration.ofSeconds(30)).until(() -> processed(submitted) == 1L && processed(concluded) == 1L
                    && skipped() >= skippedBefore + 2
                    && warnings.stream().filter(w -> w.contains(foreign) && w.contains(stranger)).count() == 2);
        } finally {
            log.removeHandler(handler);
        }

        read(project).body("stage", equalTo("SIGNED"))
                .body("approval.applicationId", nullValue())
                .body("approval.result", nullValue())
                .body("version", equalTo((int) version));
        transition(project, "APPROVING", LocalDate.of(2019, 7, 5), null).statusCode(200);
        transition(project, "CONSTRUCTION", LocalDate.of(2019, 7, 10), null).statusCode(409);
        assertTrue(TopicReader.read("project-service.approval.events.dlq", r -> foreign.equals(r.key()), 1,
                Duration.ofSeconds(3)).isEmpty());
    }

    @Test
    void aNaturalPersonsApplicationNamingAProjectIsSkipped() {
        String project = ProjectRequests.create("SIGNED", LocalDate.of(2019, 7, 1), false);
        double skippedBefore = skipped();
        UUID submitted = UUID.randomUUID();
        TopicWriter.send(event(submitted, SUBMITTED, UUID.randomUUID().toString(), project, "SUBMITTED", null, 1, null,
                UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(submitted) == 1L && skipped() >= skippedBefore + 1);
        read(project).body("stage", equalTo("SIGNED")).body("approval.applicationId", nullValue());
    }

    @Test
    void theDesksOwnDraftForAProspectiveInvestorMovesItsProject() {
        String project = ProjectRequests.create("SIGNED", LocalDate.of(2019, 7, 1), false);
        String draft = UUID.randomUUID().toString();
        TopicWriter.send(event(UUID.randomUUID(), SUBMITTED, draft, project, "SUBMITTED", null, 1, null, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read(project)
                .body("stage", equalTo("APPROVING"))
                .body("approval.applicationId", equalTo(draft)));
    }

    private static io.restassured.response.ValidatableResponse read(String project) {
        return given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", project)
                .then().statusCode(200);
    }

    private ProducerRecord<String, byte[]> event(UUID eventId, String type, String application, String projectId,
                                                 String status, String result, long version) {
        return event(eventId, type, application, projectId, status, result, version, null, null);
    }

    /** An application event of the enterprise {@code applicantUscc} or the person {@code applicantRef} (null: none). */
    private ProducerRecord<String, byte[]> event(UUID eventId, String type, String application, String projectId,
                                                 String status, String result, long version, String applicantUscc,
                                                 String applicantRef) {
        OutboxEvent event = new OutboxEvent();
        event.id = eventId;
        event.aggregateType = "application";
        event.aggregateId = application;
        event.type = type;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = """
                {"applicationId":"%s","referenceNumber":"WC2019-0001","applicantName":"测试投资方有限公司",
                 "projectId":%s,"channel":"ONLINE","status":"%s","visits":1,"aggregateVersion":%d,
                 "updatedAt":"2019-07-09T02:00:00Z","submittedAt":"2019-07-02T17:30:00Z",
                 "result":%s,"concludedAt":%s,"workingDaysUsed":5,"promisedLimitDays":10,"onTime":true,
                 "bundleCode":"INDUSTRIAL_STARTUP","someFutureField":[1,2],
                 "applicantUscc":%s,"applicantRef":%s}"""
                .formatted(application, quoted(projectId), status, version, quoted(result),
                        result == null ? "null" : "\"2019-07-09T03:00:00Z\"", quoted(applicantUscc),
                        quoted(applicantRef));
        return cloudEvents.toRecord("approval.events", event);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private double skipped() {
        var counter = meters.find("parksuite.inbox.events").tag("consumer", ApprovalEventsConsumer.CONSUMER)
                .tag("outcome", "skipped").counter();
        return counter == null ? 0 : counter.count();
    }

    private long processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId.toString()).getSingleResult()).longValue());
    }
}
