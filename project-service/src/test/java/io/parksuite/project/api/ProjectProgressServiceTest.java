package io.parksuite.project.api;

import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class ProjectProgressServiceTest {

    @Test
    void badProgressIsAProblemNamingTheFieldAndNothingIsRecorded() {
        String id = ProjectRequests.create("SIGNED", LocalDate.of(2020, 1, 1), true);
        investment(id, "2020-01", "-1").statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("completedYuan"));
        investment(id, "2020-13", "1").statusCode(422).body("errors[0].field", equalTo("period"));
        investment(id, YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).toString(), "1")
                .statusCode(422).body("errors[0].message", equalTo("must not be a future month"));
        funds(id, "2020-02-01", "-5", "DW-NEG").statusCode(422).body("errors[0].field", equalTo("amountYuan"));
        funds(id, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString(), "5", "DW-FUT")
                .statusCode(422).body("errors[0].field", equalTo("arrivedOn"));
        funds(id, "2020-02-01", "5", " ").statusCode(422).body("errors[0].field", equalTo("reference"));

        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/investments", id)
                .then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/funds", id)
                .then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", id)
                .then().body("completedInvestmentYuan", equalTo(0.0f)).body("fundsArrivedYuan", equalTo(0.0f));
    }

    @Test
    void progressWaitsForSigningAndAFundsReferenceCountsOnce() {
        String lead = ProjectRequests.create("LEAD", LocalDate.of(2020, 1, 1), false);
        investment(lead, "2020-01", "100").statusCode(409).body("detail", containsString("LEAD"));
        funds(lead, "2020-02-01", "100", "DW-LEAD").statusCode(409).body("detail", containsString("signed"));

        String signed = ProjectRequests.create("SIGNED", LocalDate.of(2020, 1, 1), true);
        funds(signed, "2020-02-01", "100", "DW-1").statusCode(201).body("reference", equalTo("DW-1"));
        funds(signed, "2020-02-02", "100", "DW-1").statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", signed)
                .then().body("fundsArrivedYuan", equalTo(100.0f));
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + ProjectRequests.version(signed) + "\"")
                .body("""
                        {"quantity": 10, "date": "2020-03-01"}""")
                .when().post("/api/v1/projects/{id}/capacity-reached", signed)
                .then().statusCode(409).body("detail", containsString("投产"));
    }

    @Test
    void progressIsWrittenByOfficersAndReadByTheInvestorOnly() {
        String uscc = TestUscc.random();
        String own = ProjectRequests.create("investment-officer", """
                {"name": "自有进度项目", "investor": {"uscc": "%s", "name": "自有投资方", "type": "LISTED"},
                 "plannedInvestmentYuan": 1000000, "stage": "SIGNED", "stageDate": "2020-01-01"}""".formatted(uscc))
                .statusCode(201).extract().path("id");
        String other = ProjectRequests.create("SIGNED", LocalDate.of(2020, 1, 1), true);
        for (String role : new String[]{"park-leader", "statistician", "gov-system"}) {
            given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON).body("{\"completedYuan\": 1}")
                    .when().put("/api/v1/projects/{id}/investments/2020-01", own).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).contentType(ContentType.JSON).body("{\"completedYuan\": 1}")
                .when().put("/api/v1/projects/{id}/investments/2020-01", own).then().statusCode(403);
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get("/api/v1/projects/{id}/investments", own)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get("/api/v1/projects/{id}/funds", other)
                .then().statusCode(404);
        for (String path : new String[]{"/api/v1/projects/board", "/api/v1/projects/kpis", "/api/v1/projects/export"}) {
            given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get(path).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    private static ValidatableResponse investment(String id, String period, String amount) {
        return given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("{\"completedYuan\": " + amount + "}")
                .when().put("/api/v1/projects/{id}/investments/{period}", id, period).then();
    }

    private static ValidatableResponse funds(String id, String on, String amount, String reference) {
        return given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"arrivedOn": "%s", "amountYuan": %s, "reference": "%s"}""".formatted(on, amount, reference))
                .when().post("/api/v1/projects/{id}/funds", id).then();
    }
}
