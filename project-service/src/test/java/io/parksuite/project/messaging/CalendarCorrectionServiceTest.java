package io.parksuite.project.messaging;

import io.parksuite.platform.calendar.CalendarDay;
import io.parksuite.platform.calendar.LoadedCalendar;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TopicWriter;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A holiday notice corrected at the approval desk reaches project-service by event and changes the working days
 * it reports; a load of a lower revision, arriving late, changes nothing.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class CalendarCorrectionServiceTest {

    @Inject
    CloudEventRecords cloudEvents;

    @Test
    void aCorrectionLoadedAtTheDeskChangesTheWorkingDaysProjectServiceCounts() {
        String project = importedProject(LocalDate.of(2012, 9, 28), LocalDate.of(2012, 10, 10));
        // 29 Sep is the make-up Saturday, 30 Sep – 7 Oct the National Day holiday, then 8, 9 and 10 Oct.
        durationsOf(project).body("signingToProductionWorkingDays", equalTo(4));

        List<CalendarDay> shipped = WorkingCalendar.chinaMainland().entries(2012);
        List<CalendarDay> corrected = new ArrayList<>(shipped);
        corrected.add(new CalendarDay(LocalDate.of(2012, 10, 8), io.parksuite.platform.calendar.DayType.HOLIDAY, "国庆节"));
        long revision = System.currentTimeMillis();
        TopicWriter.send(yearLoaded(2012, revision, corrected));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                durationsOf(project).body("signingToProductionWorkingDays", equalTo(3)));

        TopicWriter.send(yearLoaded(2012, revision - 1, shipped));
        TopicWriter.send(yearLoaded(2012, revision + 1, shipped));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                durationsOf(project).body("signingToProductionWorkingDays", equalTo(4)));
    }

    private static io.restassured.response.ValidatableResponse durationsOf(String project) {
        return given().auth().oauth2(TestTokens.forRole("park-leader")).when()
                .get("/api/v1/projects/{id}/durations", project).then().statusCode(200);
    }

    private static String importedProject(LocalDate signed, LocalDate production) {
        String name = "日历校正项目 " + UUID.randomUUID();
        given().auth().oauth2(TestTokens.forClient("investment-officer", "demo-loader")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        [{"project": {"name": "%s", "investor": {"name": "日历校正投资方", "type": "OTHER"},
                          "chainCode": "ELECTRONIC_INFORMATION", "plannedInvestmentYuan": 300000000, "officer": "李明",
                          "buildBeforeApproval": true, "stage": "SIGNED", "stageDate": "%s"},
                          "history": [{"to": "APPROVING", "date": "%s"}, {"to": "CONSTRUCTION", "date": "%s"},
                                      {"to": "PRODUCTION", "date": "%s"}],
                          "trialProductionOn": "%s"}]""".formatted(name, signed, signed, signed, production, production))
                .when().post("/api/v1/projects/bulk").then().statusCode(200).body("imported", equalTo(1));
        return given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("q", name)
                .when().get("/api/v1/projects").then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].id");
    }

    private ProducerRecord<String, byte[]> yearLoaded(int year, long revision, List<CalendarDay> days) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = "calendar";
        event.aggregateId = "calendar-" + year;
        event.type = LoadedCalendar.YEAR_LOADED;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = """
                {"year":%d,"revision":%d,"loadedBy":"park-admin","loadedAt":"2026-12-04T08:00:00Z","days":[%s]}"""
                .formatted(year, revision, days.stream().map(d -> """
                        {"date":"%s","type":"%s","name":"%s"}""".formatted(d.date(), d.type(), d.name()))
                        .collect(Collectors.joining(",")));
        return cloudEvents.toRecord("approval.events", event);
    }
}
