package io.parksuite.project.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.project.ProjectRequests;
import io.parksuite.project.messaging.ProjectEvents;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class InvestmentImportServiceTest {

    @Inject
    EventSchemas schemas;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void monthsOfManyProjectsAreReportedInOneCallAndEachIsPublished() throws Exception {
        String first = ProjectRequests.create("SIGNED", LocalDate.of(2020, 1, 1), true);
        String second = ProjectRequests.create("SIGNED", LocalDate.of(2020, 1, 1), true);
        post("""
                [{"projectId": "%s", "period": "2020-01", "completedYuan": 1000000},
                 {"projectId": "%s", "period": "2020-02", "completedYuan": 2000000.50},
                 {"projectId": "%s", "period": "2020-01", "completedYuan": 3000000}]""".formatted(first, first, second), null)
                .statusCode(200).body("received", equalTo(3)).body("imported", equalTo(3)).body("errors", hasSize(0));

        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/investments", first)
                .then().statusCode(200)
                .body("period", contains("2020-01", "2020-02"))
                .body("completedYuan", contains(1000000.0f, 2000000.5f))
                .body("reportedBy", contains("test-investment-officer", "test-investment-officer"));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", first)
                .then().body("completedInvestmentYuan", equalTo(3000000.5f)).header("ETag", "\"1\"");

        List<ConsumerRecord<String, String>> records = TopicReader.read("project.events",
                r -> first.equals(r.key()) && ProjectEvents.INVESTMENT_REPORTED.equals(TopicReader.header(r, "ce_type")),
                2, Duration.ofSeconds(30));
        for (ConsumerRecord<String, String> record : records) {
            JsonNode payload = objectMapper.readTree(record.value());
            assertEquals(List.of(), schemas.violations(ProjectEvents.INVESTMENT_REPORTED, payload), record.value());
            assertEquals(1, payload.get("aggregateVersion").asLong());
            assertEquals(3000000.5, payload.get("completedInvestmentYuan").asDouble());
        }
        assertEquals(List.of("2020-01", "2020-02"), records.stream()
                .map(r -> readTree(r.value()).get("period").asText()).toList());
        assertEquals(2000000.5, readTree(records.get(1).value()).get("completedYuan").asDouble());
    }

    @Test
    void csvReplacesAReportedMonthAndARetryWithTheSameKeyReportsOnce() {
        String id = ProjectRequests.create("SIGNED", LocalDate.of(2021, 1, 1), true);
        String csv = "projectId,period,completedYuan\n%s,2021-03,500\n%s,2021-04,700\n".formatted(id, id);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType("text/csv; charset=UTF-8")
                .header("Idempotency-Key", "ledger-" + id).body(csv)
                .when().post("/api/v1/projects/investments/bulk").then().statusCode(200).body("imported", equalTo(2));
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType("text/csv; charset=UTF-8")
                .header("Idempotency-Key", "ledger-" + id).body(csv)
                .when().post("/api/v1/projects/investments/bulk").then().statusCode(200)
                .header("Idempotency-Replayed", "true").body("imported", equalTo(2));
        post("""
                [{"projectId": "%s", "period": "2021-04", "completedYuan": 900}]""".formatted(id), null).statusCode(200);

        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", id)
                .then().body("completedInvestmentYuan", equalTo(1400.0f)).header("ETag", "\"2\"");
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/investments", id)
                .then().body("completedYuan", contains(500.0f, 900.0f));
    }

    @Test
    void oneBadRowRejectsTheWholeRequestAndEveryBadRowIsNamed() {
        String signed = ProjectRequests.create("SIGNED", LocalDate.of(2020, 1, 1), true);
        String lead = ProjectRequests.create("LEAD", LocalDate.of(2020, 1, 1), false);
        String next = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).toString();
        post("""
                [{"projectId": "%s", "period": "2020-01", "completedYuan": 100},
                 {"projectId": "%s", "period": "2020-01", "completedYuan": 100},
                 {"projectId": "%s", "period": "2020-13", "completedYuan": 100},
                 {"projectId": "%s", "period": "%s", "completedYuan": 100},
                 {"projectId": "%s", "period": "2020-02", "completedYuan": -1},
                 {"projectId": "%s", "period": "2020-01", "completedYuan": 100},
                 {"projectId": "not-an-id", "period": "2020-01", "completedYuan": 100},
                 {"projectId": "%s", "period": "2020-01", "completedYuan": 100}]"""
                .formatted(signed, lead, signed, signed, next, signed, UUID.randomUUID(), signed), null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://parksuite.example/problems/bulk-rejected"))
                .body("errors.field", contains("rows[2].projectId", "rows[3].period", "rows[4].period",
                        "rows[5].completedYuan", "rows[6].projectId", "rows[7].projectId", "rows[8].period"))
                .body("errors[0].message", equalTo("Only a signed project can report investment; this one is LEAD (线索)"))
                .body("errors[3].message", equalTo("must be greater than or equal to 0"))
                .body("errors[6].message", equalTo("duplicates row 1"));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/investments", signed)
                .then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", signed)
                .then().body("completedInvestmentYuan", equalTo(0.0f));

        post("[{\"projectId\": \"%s\", \"period\": \"2020-01\", \"completedYuan\": \"many\"}]".formatted(signed), null)
                .statusCode(400).body("errors[0].field", equalTo("rows[1]"));
        post("[null]", null).statusCode(422).body("errors[0].field", equalTo("rows[1]"));
    }

    @Test
    void kpisSumTheFaiEligibleMonthsOfAnyPeriodWholeYearsOrNot() {
        String officer = "fai-" + UUID.randomUUID().toString().substring(0, 8);
        String eligible = project(officer, 200_000_000L);
        String small = project(officer, 4_000_000L);
        StringBuilder rows = new StringBuilder("[");
        YearMonth first = YearMonth.of(2020, 11);
        for (int i = 0; i < 16; i++) {
            for (String id : List.of(eligible, small)) {
                rows.append(rows.length() > 1 ? "," : "").append("""
                        {"projectId": "%s", "period": "%s", "completedYuan": %d}""".formatted(id, first.plusMonths(i), (i + 1) * 100));
            }
        }
        post(rows.append("]").toString(), null).statusCode(200).body("imported", equalTo(32));
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("{\"completedYuan\": 10000}")
                .when().put("/api/v1/projects/{id}/investments/2021-06", eligible).then().statusCode(200);

        long june = 10000 - 800;
        assertFai(officer, "2021-01", "2021-12", sum(3, 14) + june);
        assertFai(officer, "2020-12", "2022-01", sum(2, 15) + june);
        assertFai(officer, "2021-03", "2021-05", sum(5, 7));
        assertFai(officer, "2020-11", "2020-11", 100);
        assertFai(officer, "2020-01", "2022-12", sum(1, 16) + june);
        assertFai(officer, "2022-02", "2023-12", 1600);
    }

    private static long sum(int fromMonth, int toMonth) {
        long total = 0;
        for (int i = fromMonth; i <= toMonth; i++) {
            total += i * 100L;
        }
        return total;
    }

    private static void assertFai(String officer, String from, String to, long expected) {
        Number fai = given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("officer", officer)
                .queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/projects/kpis").then().statusCode(200).extract().path("total.faiCompletedYuan");
        assertEquals(expected, fai.longValue(), from + ".." + to);
    }

    private static String project(String officer, long plannedYuan) {
        return ProjectRequests.create("investment-officer", """
                {"name": "月报项目", "investor": {"name": "月报投资方", "type": "OTHER"}, "plannedInvestmentYuan": %d,
                 "officer": "%s", "buildBeforeApproval": true, "stage": "SIGNED", "stageDate": "2020-10-01"}"""
                .formatted(plannedYuan, officer)).statusCode(201).extract().path("id");
    }

    @Test
    void onlyOfficersAndAdminsReport() {
        String id = ProjectRequests.create("SIGNED", LocalDate.of(2020, 1, 1), true);
        String body = """
                [{"projectId": "%s", "period": "2020-01", "completedYuan": 1}]""".formatted(id);
        for (String role : List.of("park-leader", "statistician", "gov-system")) {
            given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/projects/investments/bulk").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.forRole("park-admin")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/projects/investments/bulk").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse post(String body, String idempotencyKey) {
        var request = given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).when().post("/api/v1/projects/investments/bulk").then();
    }

    private JsonNode readTree(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
