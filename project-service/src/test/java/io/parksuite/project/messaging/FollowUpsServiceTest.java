package io.parksuite.project.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.PoisonEventException;
import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.parksuite.project.ProjectRequests.transition;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * parksuite.approval.follow-up-changed.v1 fed through the approval consumer's handler, in the
 * transaction the inbox would open: the 先建后验 verifications hold 投产, a revocation shows.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class FollowUpsServiceTest {

    private static final String TYPE = "parksuite.approval.follow-up-changed.v1";
    private static final LocalDate SIGNED = LocalDate.of(2019, 7, 1);

    @Inject
    ApprovalEventsConsumer consumer;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void anOpenVerificationHolds投产AndItsPassLetsThrough() {
        String project = underConstruction();
        UUID followUp = UUID.randomUUID();
        feed(followUp, project, "VERIFICATION", "OPEN", 1, null);

        transition(project, "PRODUCTION", LocalDate.of(2019, 9, 9), null).statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("verification-pending"))
                .body("detail", containsString("WC2019-0042"))
                .body("detail", containsString("FIRE_ACCEPTANCE"))
                .body("detail", containsString("2019-09-01"))
                .body("errors[0].field", equalTo("followUps[0]"))
                .body("errors[0].message", containsString("OPEN"));
        followUps(project).body("", hasSize(1)).body("[0].blocksProduction", equalTo(true));

        feed(followUp, project, "VERIFICATION", "PASSED", 2, null);
        transition(project, "PRODUCTION", LocalDate.of(2019, 9, 9), null).statusCode(200)
                .body("stage", equalTo("PRODUCTION"));
    }

    @Test
    void aWaivedVerificationDoesNotHold投产() {
        String project = underConstruction();
        UUID followUp = UUID.randomUUID();
        feed(followUp, project, "VERIFICATION", "OPEN", 1, null);
        feed(followUp, project, "VERIFICATION", "WAIVED", 2, "园区豁免");
        transition(project, "PRODUCTION", LocalDate.of(2019, 9, 9), null).statusCode(200);
    }

    @Test
    void aRectifyingVerificationHolds投产AndOtherKindsDoNot() {
        String project = underConstruction();
        feed(UUID.randomUUID(), project, "VERIFICATION", "RECTIFYING", 3, "消防验收不合格");
        feed(UUID.randomUUID(), project, "POST_CHECK", "OPEN", 1, null);
        feed(UUID.randomUUID(), project, "RECTIFICATION", "OPEN", 1, null);
        transition(project, "PRODUCTION", LocalDate.of(2019, 9, 9), null).statusCode(409)
                .body("errors", hasSize(1))
                .body("errors[0].message", containsString("RECTIFYING"))
                .body("errors[0].message", containsString("2019-09-30"));
        transition(project, "FULL_PRODUCTION", LocalDate.of(2019, 9, 9), "一步达产").statusCode(409)
                .body("type", containsString("verification-pending"));
    }

    @Test
    void aRevocationIsVisibleOnTheProjectAndHolds投产() {
        String project = underConstruction();
        UUID followUp = UUID.randomUUID();
        feed(followUp, project, "VERIFICATION", "OPEN", 1, null);
        feed(followUp, project, "VERIFICATION", "REVOKED", 2, "验收不合格，撤销许可");
        followUps(project).body("", hasSize(1))
                .body("[0].status", equalTo("REVOKED"))
                .body("[0].failed", equalTo(true))
                .body("[0].reason", equalTo("验收不合格，撤销许可"))
                .body("[0].concludedAt", equalTo("2019-08-30T02:00:00Z"));
        transition(project, "PRODUCTION", LocalDate.of(2019, 9, 9), null).statusCode(409)
                .body("errors[0].message", containsString("REVOKED"));
    }

    @Test
    void aStrangersFollowUpIsIgnored() {
        String investor = TestUscc.random();
        String project = ProjectRequests.createFor(investor, "他人的先建后验", "SIGNED", SIGNED);
        transition(project, "CONSTRUCTION", LocalDate.of(2019, 7, 8), "先建后验").statusCode(409);
        feed(UUID.randomUUID(), project, "VERIFICATION", "OPEN", 1, null, TestUscc.random());
        followUps(project).body("", hasSize(0));
        feed(UUID.randomUUID(), project, "VERIFICATION", "OPEN", 1, null, investor);
        followUps(project).body("", hasSize(1));
    }

    @Test
    void anOlderVersionNeverMovesTheCopyBackwards() {
        String project = underConstruction();
        UUID followUp = UUID.randomUUID();
        feed(followUp, project, "VERIFICATION", "PASSED", 3, null);
        feed(followUp, project, "VERIFICATION", "RECTIFYING", 2, "消防验收不合格");
        feed(followUp, project, "VERIFICATION", "OPEN", 1, null);
        followUps(project).body("[0].status", equalTo("PASSED")).body("[0].version", equalTo(3));
        transition(project, "PRODUCTION", LocalDate.of(2019, 9, 9), null).statusCode(200);
    }

    @Test
    void followUpsOfNoProjectOrAnUnknownProjectChangeNothingAndMalformedOnesArePoison() {
        feed(UUID.randomUUID(), null, "VERIFICATION", "OPEN", 1, null);
        feed(UUID.randomUUID(), UUID.randomUUID().toString(), "VERIFICATION", "OPEN", 1, null);
        String project = underConstruction();
        assertThrows(PoisonEventException.class, () -> feed(UUID.randomUUID(), project, "VERIFICATION", "LOST", 1, null));
        assertThrows(PoisonEventException.class, () -> feed(UUID.randomUUID(), project, "AUDIT", "OPEN", 1, null));
        followUps(project).body("", hasSize(0));
    }

    /** A 先建后验 project in 开工 without an approval yet. */
    private static String underConstruction() {
        String project = ProjectRequests.create("SIGNED", SIGNED, true);
        transition(project, "CONSTRUCTION", LocalDate.of(2019, 7, 8), "先建后验，边建边审").statusCode(200);
        return project;
    }

    private static ValidatableResponse followUps(String project) {
        return given().auth().oauth2(TestTokens.forRole("park-leader"))
                .when().get("/api/v1/projects/{id}/follow-ups", project).then().statusCode(200);
    }

    private void feed(UUID followUp, String project, String kind, String status, long version, String reason) {
        feed(followUp, project, kind, status, version, reason, null);
    }

    private void feed(UUID followUp, String project, String kind, String status, long version, String reason,
                      String applicantUscc) {
        boolean concluded = !status.equals("OPEN") && !status.equals("RECTIFYING");
        String json = """
                {"followUpId":"%s","applicationId":"%s","referenceNumber":"WC2019-0042","bundleCode":"INDUSTRIAL_STARTUP",
                 "itemCode":"FIRE_ACCEPTANCE","projectId":%s,"applicantUscc":%s,"kind":"%s","department":"住建局",
                 "status":"%s","failed":%s,"dueOn":"2019-09-01","rectificationDueOn":%s,"reason":%s,
                 "openedAt":"2019-07-08T02:00:00Z","concludedAt":%s,"version":%d,"someFutureField":{"a":1}}"""
                .formatted(followUp, UUID.nameUUIDFromBytes(followUp.toString().getBytes()), quoted(project),
                        quoted(applicantUscc), kind, status, status.equals("RECTIFYING") || status.equals("REVOKED"),
                        status.equals("RECTIFYING") ? "\"2019-09-30\"" : "null", quoted(reason),
                        concluded ? "\"2019-08-30T02:00:00Z\"" : "null", version);
        try {
            IncomingEvent event = new IncomingEvent(UUID.randomUUID().toString(), TYPE, "/parksuite/approval-service",
                    followUp.toString(), OffsetDateTime.now(), objectMapper.readTree(json));
            QuarkusTransaction.requiringNew().run(() -> consumer.handle(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
