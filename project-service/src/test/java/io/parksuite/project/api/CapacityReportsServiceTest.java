package io.parksuite.project.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.project.ProjectRequests;
import io.parksuite.project.messaging.ProjectEvents;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class CapacityReportsServiceTest {

    private static final String OFFICER = "investment-officer";

    @Inject
    ObjectMapper objectMapper;

    @Test
    void theSeriesIsOrderedByDateBesideThePlanWithTheShareReached() {
        String id = inProduction();
        report(id, "2019-10-31", "30000000", null, null).statusCode(201)
                .body("date", equalTo("2019-10-31")).body("unit", equalTo("台/年"))
                .body("sharePercent", equalTo(75.0f)).body("recordedBy", equalTo("test-investment-officer"));
        report(id, "2019-09-30", "10000000", "台/年", "首月爬坡").statusCode(201).body("sharePercent", equalTo(25.0f));
        report(id, "2019-11-30", "33340000", "台/年", null).statusCode(201).body("sharePercent", equalTo(83.4f));

        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/capacity-reports", id)
                .then().statusCode(200)
                .body("projectId", equalTo(id))
                .body("planned.quantity", equalTo(4.0E7f)).body("planned.unit", equalTo("台/年"))
                .body("reports.date", equalTo(List.of("2019-09-30", "2019-10-31", "2019-11-30")))
                .body("reports.sharePercent", equalTo(List.of(25.0f, 75.0f, 83.4f)))
                .body("reports[0].note", equalTo("首月爬坡")).body("reports[1].note", nullValue());
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", id)
                .then().body("capacity.quantity", equalTo(4.0E7f))
                .body("capacity.reachedQuantity", equalTo(3.334E7f)).body("capacity.reachedOn", equalTo("2019-11-30"));
    }

    @Test
    void anOlderReportJoinsTheSeriesWithoutOverwritingTheLatestNorItsEvent() throws Exception {
        String id = inProduction();
        report(id, "2019-10-31", "30000000", null, null).statusCode(201);
        long version = ProjectRequests.version(id);
        report(id, "2019-09-30", "20000000", null, null).statusCode(201).body("sharePercent", equalTo(50.0f));
        assertEquals(version, ProjectRequests.version(id), "an older report leaves the project as it was");
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", id)
                .then().body("capacity.reachedQuantity", equalTo(3.0E7f)).body("capacity.reachedOn", equalTo("2019-10-31"));
        report(id, "2019-12-31", "36000000", null, null).statusCode(201);

        List<ConsumerRecord<String, String>> updates = TopicReader.read("project.events",
                r -> id.equals(r.key()) && ProjectEvents.UPDATED.equals(TopicReader.header(r, "ce_type")), 2,
                Duration.ofSeconds(30));
        assertEquals(2, updates.size());
        List<BigDecimal> reached = updates.stream().map(r -> {
            try {
                return objectMapper.readTree(r.value()).get("capacity").get("reachedQuantity").decimalValue();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertEquals(0, reached.get(0).compareTo(new BigDecimal("30000000")), "first latest: " + reached);
        assertEquals(0, reached.get(1).compareTo(new BigDecimal("36000000")), "then the newer latest: " + reached);
    }

    @Test
    void badReportsAreProblemsNamingTheFieldAndNothingIsRecorded() {
        String id = inProduction();
        report(id, "2019-10-31", "0", null, null).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("quantity"));
        report(id, "2019-10-31", "-5", null, null).statusCode(422).body("errors[0].field", equalTo("quantity"));
        report(id, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString(), "5", null, null)
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("date")).body("errors[0].message", equalTo("must not be in the future"));
        report(id, "2019-09-01", "5", null, null).statusCode(422).body("errors[0].field", equalTo("date"))
                .body("errors[0].message", containsString("2019-09-09"));
        report(id, "2019-10-31", "5", "台", null).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unit")).body("errors[0].message", containsString("台/年"));
        given().auth().oauth2(TestTokens.forRole(OFFICER)).contentType(ContentType.JSON).body("{\"quantity\": 5}")
                .when().post("/api/v1/projects/{id}/capacity-reports", id)
                .then().statusCode(422).body("errors[0].field", equalTo("date"));

        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/capacity-reports", id)
                .then().statusCode(200).body("reports", hasSize(0));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", id)
                .then().body("capacity.reachedQuantity", nullValue());
    }

    @Test
    void aSecondReportForTheSameDateIs409AndTheFirstIsKept() {
        String id = inProduction();
        report(id, "2019-10-31", "30000000", null, "首报").statusCode(201);
        report(id, "2019-10-31", "31000000", null, "重报").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("2019-10-31"));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/capacity-reports", id)
                .then().body("reports", hasSize(1)).body("reports[0].quantity", equalTo(3.0E7f))
                .body("reports[0].note", equalTo("首报"));
    }

    @Test
    void anUnknownProjectIs404AndOneNotInProductionIs409() {
        String unknown = "00000000-0000-4000-8000-00000000c0de";
        report(unknown, "2019-10-31", "5", null, null).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/capacity-reports", unknown)
                .then().statusCode(404).contentType("application/problem+json");
        String signed = ProjectRequests.create("SIGNED", LocalDate.of(2019, 7, 1), true);
        report(signed, "2019-10-31", "5", null, null).statusCode(409).body("detail", containsString("投产"));
    }

    @Test
    void officersWriteReportsAndTheInvestorReadsOnlyItsOwn() {
        String id = inProduction();
        for (String role : new String[]{"park-leader", "statistician", "gov-system", "approval-officer", "enterprise"}) {
            given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                    .body("{\"date\": \"2019-10-31\", \"quantity\": 5}")
                    .when().post("/api/v1/projects/{id}/capacity-reports", id)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body("{\"date\": \"2019-10-31\", \"quantity\": 5}")
                .when().post("/api/v1/projects/{id}/capacity-reports", id).then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("park-admin")).contentType(ContentType.JSON)
                .body("{\"date\": \"2019-10-31\", \"quantity\": 5}")
                .when().post("/api/v1/projects/{id}/capacity-reports", id).then().statusCode(201)
                .body("recordedBy", equalTo("test-park-admin"));
        for (String role : new String[]{"park-leader", "statistician", "gov-system"}) {
            given().auth().oauth2(TestTokens.forRole(role)).when().get("/api/v1/projects/{id}/capacity-reports", id)
                    .then().statusCode(200).body("reports", hasSize(1));
        }
        given().auth().oauth2(TestTokens.forEnterprise(TestUscc.random()))
                .when().get("/api/v1/projects/{id}/capacity-reports", id).then().statusCode(404);
    }

    @Test
    void theSingleValueReportStillWorksAndJoinsTheSeries() {
        String id = inProduction();
        given().auth().oauth2(TestTokens.forRole(OFFICER)).contentType(ContentType.JSON)
                .header("If-Match", "\"" + ProjectRequests.version(id) + "\"")
                .body("{\"quantity\": 12000000, \"date\": \"2019-10-15\"}")
                .when().post("/api/v1/projects/{id}/capacity-reached", id)
                .then().statusCode(200).body("capacity.reachedQuantity", equalTo(12000000))
                .body("capacity.reachedOn", equalTo("2019-10-15"));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/capacity-reports", id)
                .then().body("reports.date", equalTo(List.of("2019-10-15")))
                .body("reports[0].sharePercent", equalTo(30.0f)).body("reports[0].unit", equalTo("台/年"));
    }

    /** A project of the test officer, in production (投产) since 2019-09-09, planned at 40,000,000 台/年. */
    private static String inProduction() {
        String id = ProjectRequests.create("SIGNED", LocalDate.of(2019, 7, 1), true);
        ProjectRequests.transition(id, "APPROVING", LocalDate.of(2019, 7, 3), null).statusCode(200);
        ProjectRequests.transition(id, "CONSTRUCTION", LocalDate.of(2019, 7, 10), null).statusCode(200);
        ProjectRequests.transition(id, "PRODUCTION", LocalDate.of(2019, 9, 9), null).statusCode(200);
        return id;
    }

    private static ValidatableResponse report(String id, String date, String quantity, String unit, String note) {
        String body = "{\"date\": \"%s\", \"quantity\": %s%s%s}".formatted(date, quantity,
                unit == null ? "" : ", \"unit\": \"" + unit + "\"", note == null ? "" : ", \"note\": \"" + note + "\"");
        return given().auth().oauth2(TestTokens.forRole(OFFICER)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/projects/{id}/capacity-reports", id).then();
    }
}
