package io.parksuite.indicator.messaging;

import io.parksuite.indicator.Registry;
import io.parksuite.indicator.Reports;
import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Events published again with new event ids, which the inbox cannot recognise: the same payload
 * again, and an older version of the aggregate after a newer one. No copy moves back and nothing
 * that counts enterprises, projects or applications counts one twice.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class RepublishedEventsServiceTest {

    private static final String REGISTERED = "parksuite.enterprise.registered.v1";

    @Inject
    CloudEventRecords cloudEvents;

    @Inject
    EntityManager entityManager;

    @Test
    void anEnterpriseRepublishedOrOlderWithNewIdsIsCountedOnceInItsNewestCells() {
        String uscc = TestUscc.random();
        String oldStreet = "RP_OLD_" + uscc.substring(12);
        String newStreet = "RP_NEW_" + uscc.substring(12);
        String v1 = Registry.snapshot(uscc, 1).street(oldStreet).aboveScale(1999, 2000).json();
        String v2 = Registry.snapshot(uscc, 2).street(newStreet).aboveScale(1999, 2000).json();
        send("enterprise.events", uscc, REGISTERED, v1);
        await().atMost(Duration.ofSeconds(30)).until(() -> number(
                "select count(*) from enterprise_dimension where uscc = ?1", uscc) == 1);
        Reports.of().months(uscc, 1999, 4, 100).send();
        send("enterprise.events", uscc, REGISTERED, v2);

        UUID samePayload = send("enterprise.events", uscc, REGISTERED, v2);
        UUID older = send("enterprise.events", uscc, REGISTERED, v1);
        awaitProcessed(samePayload, older);

        assertEquals(2, number("select aggregate_version from enterprise_dimension where uscc = ?1", uscc));
        assertEquals(List.of(1L, 1L, 1L), numbers("""
                select enterprises from indicator_rollup where dimension = 'STREET' and member = ?1
                   and scope = 'ALL' and scope_year = 1999 order by month""", newStreet));
        assertEquals(List.of(), numbers("select enterprises from indicator_rollup where member = ?1", oldStreet));
    }

    @Test
    void aProjectRepublishedOrOlderWithNewIdsKeepsItsStageAndInvestmentOnce() {
        String id = UUID.randomUUID().toString();
        send("project.events", id, "parksuite.project.created.v1", project(id, 0, "SIGNED", null, 0));
        String reported = project(id, 1, "SIGNED", "1999-03", 100);
        send("project.events", id, "parksuite.project.investment-reported.v1", reported);
        String staged = project(id, 2, "CONSTRUCTION", null, 0);
        send("project.events", id, "parksuite.project.stage-changed.v1", staged.substring(0, staged.length() - 1)
                + ",\"from\":\"SIGNED\",\"to\":\"CONSTRUCTION\",\"date\":\"1999-02-01\",\"actor\":\"tester\"}");

        UUID samePayload = send("project.events", id, "parksuite.project.investment-reported.v1", reported);
        UUID older = send("project.events", id, "parksuite.project.created.v1", project(id, 0, "SIGNED", null, 0));
        UUID olderReport = send("project.events", id, "parksuite.project.investment-reported.v1",
                project(id, 1, "SIGNED", "1999-03", 70));
        awaitProcessed(samePayload, older, olderReport);

        assertEquals("CONSTRUCTION", text("select stage from project_copy where project_id = ?1", id));
        assertEquals(2, number("select aggregate_version from project_copy where project_id = ?1", id));
        assertEquals(List.of(1L), numbers("""
                select projects from fai_rollup where year = 1999 and month = 3 and dimension = 'PARK'""", null));
        assertEquals(0, new BigDecimal("100").compareTo((BigDecimal) QuarkusTransaction.requiringNew().call(() ->
                entityManager.createNativeQuery("""
                        select completed_yuan from fai_rollup where year = 1999 and month = 3 and dimension = 'PARK'""")
                        .getSingleResult())));
    }

    @Test
    void anApplicationRepublishedOrOlderWithNewIdsIsCountedOnceAtItsNewestStatus() {
        String id = "A" + UUID.randomUUID();
        String concluded = application(id, 3, "APPROVED", "\"1999-03-06T01:00:00Z\"", 3, true);
        send("approval.events", id, "parksuite.approval.application-submitted.v1",
                application(id, 1, "SUBMITTED", "null", null, null));
        send("approval.events", id, "parksuite.approval.application-concluded.v1", concluded);

        UUID samePayload = send("approval.events", id, "parksuite.approval.application-concluded.v1", concluded);
        UUID older = send("approval.events", id, "parksuite.approval.application-submitted.v1",
                application(id, 1, "SUBMITTED", "null", null, null));
        awaitProcessed(samePayload, older);

        assertEquals(1, number("select count(*) from application_copy where application_id = ?1", id));
        assertEquals("APPROVED", text("select status from application_copy where application_id = ?1", id));
        assertEquals(3, number("select aggregate_version from application_copy where application_id = ?1", id));
    }

    private UUID send(String topic, String key, String type, String payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = topic.substring(0, topic.indexOf('.'));
        event.aggregateId = key;
        event.type = type;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = payload;
        TopicWriter.send(cloudEvents.toRecord(topic, event));
        return event.id;
    }

    private void awaitProcessed(UUID... events) {
        for (UUID event : events) {
            await().atMost(Duration.ofSeconds(30)).until(() -> number(
                    "select count(*) from processed_event where event_id = ?1", event.toString()) == 1);
        }
    }

    private long number(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private String text(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<Long> numbers(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            if (parameter != null) {
                query.setParameter(1, parameter);
            }
            return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
        });
    }

    private static String project(String id, long version, String stage, String period, long completed) {
        return """
                {"id":"%s","name":"测试项目","investor":{"uscc":null,"name":"投资方","type":"OTHER","linked":false},
                 "chainCode":"ELECTRONIC_INFORMATION","plannedInvestmentYuan":500000000,"tier":"LARGE","faiEligible":true,
                 "stage":"%s","stageDate":"1999-01-05",
                 "milestones":{"lead":null,"negotiating":null,"signed":null,"approving":null,"construction":null,
                   "trialProduction":null,"production":null,"fullProduction":null,"stalled":null,"terminated":null},
                 "completedInvestmentYuan":0,"fundsArrivedYuan":0,"createdAt":"1999-01-05T00:00:00Z",
                 "updatedAt":"1999-01-05T00:00:00Z","aggregateVersion":%d%s}"""
                .formatted(id, stage, version,
                        period == null ? "" : ",\"period\":\"" + period + "\",\"completedYuan\":" + completed);
    }

    private static String application(String id, long version, String status, String concludedAt, Integer used,
                                      Boolean onTime) {
        return """
                {"applicationId":"%s","referenceNumber":"WC-%s","applicantName":"申请人","channel":"ONLINE","status":"%s",
                 "visits":1,"aggregateVersion":%d,"updatedAt":"1999-03-01T00:00:00Z","submittedAt":"1999-03-02T01:00:00Z",
                 "concludedAt":%s,"workingDaysUsed":%s,"promisedLimitDays":5,"onTime":%s,"result":%s}"""
                .formatted(id, id.substring(1, 7), status, version, concludedAt, used, onTime,
                        "null".equals(concludedAt) ? "null" : "\"approved\"");
    }
}
