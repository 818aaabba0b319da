package io.parksuite.indicator.messaging;

import io.parksuite.indicator.service.ApplicationFacts;
import io.parksuite.indicator.service.ProjectFacts;
import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.platform.persistence.DatabaseFailures;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.parksuite.indicator.ReleasedDashboard.dashboard;
import static io.parksuite.indicator.ReleasedDashboard.field;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class ProjectAndApprovalEventsServiceTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Inject
    CloudEventRecords cloudEvents;

    @Inject
    ProjectFacts projects;

    @Inject
    ApplicationFacts applications;

    @Inject
    EntityManager entityManager;

    private static String project(String id, long version, boolean faiEligible, String stage, String signedOn,
                                  String period, long completed) {
        return """
                {"id":"%s","name":"测试项目","investor":{"uscc":null,"name":"投资方","type":"OTHER","linked":false},
                 "chainCode":"ELECTRONIC_INFORMATION","plannedInvestmentYuan":500000000,"tier":"LARGE","faiEligible":%s,
                 "stage":"%s","stageDate":"2002-01-05",
                 "milestones":{"lead":null,"negotiating":null,"signed":%s,"approving":null,"construction":null,
                   "trialProduction":null,"production":null,"fullProduction":null,"stalled":null,"terminated":null},
                 "completedInvestmentYuan":0,"fundsArrivedYuan":0,"createdAt":"2002-01-05T00:00:00Z",
                 "updatedAt":"2002-01-05T00:00:00Z","aggregateVersion":%d%s}"""
                .formatted(id, faiEligible, stage, signedOn == null ? "null" : "\"" + signedOn + "\"", version,
                        period == null ? "" : ",\"period\":\"" + period + "\",\"completedYuan\":" + completed);
    }

    private OutboxEvent event(UUID id, String aggregate, String type, String payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = id;
        event.aggregateType = aggregate.startsWith("A") ? "application" : "project";
        event.aggregateId = aggregate;
        event.type = type;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = payload;
        return event;
    }

    private static IncomingEvent incoming(String type, String payload) {
        try {
            return new IncomingEvent(UUID.randomUUID().toString(), type, "/parksuite/test", null,
                    OffsetDateTime.now(ZoneOffset.UTC), JSON.readTree(payload));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void investmentReportsFromProjectEventsBecomeFixedAssetInvestmentOnceEachUnderRedelivery() {
        String id = UUID.randomUUID().toString();
        UUID reportedFeb = UUID.randomUUID();
        TopicWriter.send(cloudEvents.toRecord("project.events", event(UUID.randomUUID(), id,
                "parksuite.project.created.v1", project(id, 0, true, "SIGNED", "2002-01-05", null, 0))));
        TopicWriter.send(cloudEvents.toRecord("project.events", event(UUID.randomUUID(), id,
                "parksuite.project.investment-reported.v1", project(id, 1, true, "SIGNED", "2002-01-05", "2002-01", 100))));
        var february = event(reportedFeb, id, "parksuite.project.investment-reported.v1",
                project(id, 2, true, "SIGNED", "2002-01-05", "2002-02", 200));
        TopicWriter.send(cloudEvents.toRecord("project.events", february));
        TopicWriter.send(cloudEvents.toRecord("project.events", february));
        TopicWriter.send(cloudEvents.toRecord("project.events", event(UUID.randomUUID(), id,
                "parksuite.project.investment-reported.v1", project(id, 3, true, "CONSTRUCTION", "2002-01-05", "2002-03", 50))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath march = dashboard("2002-03");
            assertEquals(0, new BigDecimal("350").compareTo(field(march, "FIXED_ASSET_INVESTMENT", "ytdValue")));
            assertEquals(0, new BigDecimal("50").compareTo(field(march, "FIXED_ASSET_INVESTMENT", "value")));
        });
        JsonPath janFeb = dashboard("2002-02");
        assertEquals("PROJECTS", janFeb.get("indicators.find { it.code == 'FIXED_ASSET_INVESTMENT' }.source"));
        assertEquals(0, new BigDecimal("300").compareTo(field(janFeb, "FIXED_ASSET_INVESTMENT", "value")));
        assertEquals(0, new BigDecimal("1").compareTo(field(janFeb, "NEW_PROJECTS_SIGNED", "ytdValue")));
        given().auth().oauth2(TestTokens.forRole("investment-officer"))
                .when().get("/api/v1/indicators/projects/stages")
                .then().statusCode(200).body("CONSTRUCTION", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void twoInstancesApplyingShuffledDuplicatedAndStaleProjectEventsLeaveTheRollupExact() throws Exception {
        Random random = new Random(42);
        List<String> events = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            events.add("parksuite.project.created.v1|" + project(id, 0, true, "SIGNED", null, null, 0));
            for (int v = 1; v <= 12; v++) {
                String period = "2004-%02d".formatted(1 + random.nextInt(6));
                events.add("parksuite.project.investment-reported.v1|"
                        + project(id, v, v % 5 != 0, "CONSTRUCTION", null, period, 10 + random.nextInt(90)));
            }
            events.add("parksuite.project.updated.v1|" + project(id, 13, random.nextBoolean(), "CONSTRUCTION", null,
                    null, 0));
        }
        List<String> deliveries = new ArrayList<>(events);
        deliveries.addAll(events.subList(0, events.size() / 2));
        Collections.shuffle(deliveries, random);
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(deliveries);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            done.add(instances.submit(() -> {
                String next;
                while ((next = queue.poll()) != null) {
                    String[] typed = next.split("\\|", 2);
                    applyWithRetry(() -> projects.apply(incoming(typed[0], typed[1])));
                }
            }));
        }
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        instances.shutdown();

        List<Object[]> rollup = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select month, completed_yuan from fai_rollup where year = 2004 and dimension = 'PARK' order by month""")
                .getResultList());
        List<Object[]> facts = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select greatest(i.month, 2) m, sum(i.completed_yuan) from project_investment i
                  join project_copy p using (project_id) where p.fai_eligible and i.year = 2004
                 group by m order by m""").getResultList());
        assertEquals(facts.size(), rollup.size());
        for (int i = 0; i < facts.size(); i++) {
            assertEquals(((Number) facts.get(i)[0]).intValue(), ((Number) rollup.get(i)[0]).intValue());
            assertEquals(0, ((BigDecimal) facts.get(i)[1]).compareTo((BigDecimal) rollup.get(i)[1]));
        }
        long stale = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from project_copy where project_id = any(cast(?1 as varchar[])) and aggregate_version <> 13")
                .setParameter(1, ids.toArray(String[]::new)).getSingleResult()).longValue());
        assertEquals(0, stale, "every copy ends at the newest snapshot whatever the order");
    }

    /**
     * Applies one event as a consumer instance does: a transaction that lost a deadlock or a
     * serialization race to the other instance is retried, as the inbox retries it; any other
     * failure fails the test at once.
     */
    private static void applyWithRetry(Runnable apply) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(apply);
                return;
            } catch (RuntimeException e) {
                if (!DatabaseFailures.isContention(e) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static String application(String id, long version, String channel, String status, String submittedAt,
                                      String concludedAt, Integer used, int visits, Boolean onTime) {
        return application(id, version, channel, status, submittedAt, concludedAt, used, visits, onTime, null);
    }

    private static String application(String id, long version, String channel, String status, String submittedAt,
                                      String concludedAt, Integer used, int visits, Boolean onTime, Integer statutory) {
        return """
                {"applicationId":"%s","referenceNumber":"WC-%s","applicantName":"申请人","channel":"%s","status":"%s",
                 "visits":%d,"aggregateVersion":%d,"updatedAt":"2001-03-01T00:00:00Z","submittedAt":"%s",
                 "concludedAt":%s,"workingDaysUsed":%s,"promisedLimitDays":5,"statutoryLimitDays":%s,"onTime":%s,
                 "result":%s}"""
                .formatted(id, id.substring(0, 6), channel, status, visits, version, submittedAt,
                        concludedAt == null ? "null" : "\"" + concludedAt + "\"", used, statutory, onTime,
                        concludedAt == null ? "null" : "\"approved\"");
    }

    @Test
    void approvalDeskKpisComeFromApprovalEvents() {
        String a = "A" + UUID.randomUUID();
        String b = "A" + UUID.randomUUID();
        String c = "A" + UUID.randomUUID();
        String d = "A" + UUID.randomUUID();
        List<IncomingEvent> stream = List.of(
                incoming("parksuite.approval.application-submitted.v1",
                        application(a, 1, "ONLINE", "SUBMITTED", "2001-03-02T01:00:00Z", null, null, 0, null)),
                incoming("parksuite.approval.application-concluded.v1",
                        application(a, 3, "ONLINE", "APPROVED", "2001-03-02T01:00:00Z", "2001-03-06T01:00:00Z", 3, 1, true, 20)),
                incoming("parksuite.approval.application-submitted.v1",
                        application(a, 1, "ONLINE", "SUBMITTED", "2001-03-02T01:00:00Z", null, null, 0, null)),
                incoming("parksuite.approval.application-concluded.v1",
                        application(b, 4, "ONLINE", "APPROVED", "2001-03-03T01:00:00Z", "2001-03-10T01:00:00Z", 5, 1, true, 15)),
                incoming("parksuite.approval.deadline-breached.v1",
                        application(c, 2, "COUNTER", "IN_REVIEW", "2001-03-04T01:00:00Z", null, null, 2, null)),
                incoming("parksuite.approval.application-concluded.v1",
                        application(c, 5, "COUNTER", "APPROVED", "2001-03-04T01:00:00Z", "2001-03-20T01:00:00Z", 7, 2, false)),
                incoming("parksuite.approval.application-submitted.v1",
                        application(d, 1, "ONLINE", "SUBMITTED", "2001-03-30T01:00:00Z", null, null, 0, null)));
        stream.forEach(event -> QuarkusTransaction.requiringNew().run(() -> applications.apply(event)));

        JsonPath march = dashboard("2001-03");
        assertEquals(0, new BigDecimal("75.0").compareTo(field(march, "ONLINE_RATE", "ytdValue")));
        assertEquals(0, new BigDecimal("66.7").compareTo(field(march, "ONE_VISIT_RATE", "ytdValue")));
        assertEquals(0, new BigDecimal("5.0").compareTo(field(march, "AVERAGE_WORKING_DAYS", "ytdValue")));
        assertEquals(0, new BigDecimal("5.0").compareTo(field(march, "AVERAGE_WORKING_DAYS", "target")));
        assertEquals(0, new BigDecimal("4.0").compareTo(field(march, "AVERAGE_WORKING_DAYS_STATUTORY", "ytdValue")),
                "the two applications with a statutory limit took 3 and 5 working days");
        assertEquals(0, new BigDecimal("17.5").compareTo(field(march, "AVERAGE_WORKING_DAYS_STATUTORY", "target")),
                "against statutory limits of 20 and 15");
        assertEquals(0, new BigDecimal("1").compareTo(field(march, "OVERDUE_APPLICATIONS", "ytdValue")));
    }
}
