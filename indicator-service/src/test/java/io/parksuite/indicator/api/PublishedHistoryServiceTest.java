package io.parksuite.indicator.api;

import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Official figures and targets keep every value they had, with who recorded it and when. */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class PublishedHistoryServiceTest {

    private static final String FIGURE_HISTORY =
            "/api/v1/indicators/official-figures/LIUYANG_ETDZ/INDUSTRIAL_VALUE_ADDED/2012-06/history";
    private static final String TARGET_HISTORY = "/api/v1/indicators/targets/TAX/2012/STREET/HIST_STREET/history";

    private static void official(String role, String value) {
        given().auth().oauth2(TestTokens.forRole(role)).contentType("application/json")
                .body("""
                        [{"parkCode":"LIUYANG_ETDZ","indicatorCode":"INDUSTRIAL_VALUE_ADDED","period":"2012-06",
                          "ytdValue":%s,"ytdGrowthPct":7.5,"source":"市统计局","publishedOn":"2012-07-20"}]""".formatted(value))
                .when().post("/api/v1/indicators/official-figures").then().statusCode(200);
    }

    private static void target(String role, String value) {
        given().auth().oauth2(TestTokens.forRole(role)).contentType("application/json")
                .body("""
                        [{"indicatorCode":"TAX","year":2012,"dimension":"STREET","member":"HIST_STREET","targetValue":%s}]"""
                        .formatted(value))
                .when().put("/api/v1/indicators/targets").then().statusCode(200);
    }

    @Test
    void anOfficialFigureRevisedByTheBureauKeepsEachValueWithWhoRecordedIt() {
        official("statistician", "1000");
        official("gov-system", "1100");
        official("gov-system", "1100");

        given().auth().oauth2(TestTokens.forRole("park-admin")).when().get(FIGURE_HISTORY)
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("actor", contains("test-statistician", "test-gov-system"))
                .body("kind", contains("CREATED", "UPDATED"))
                .body("[1].changes.find { it.field == 'ytdValue' }.from", equalTo(1000.0f))
                .body("[1].changes.find { it.field == 'ytdValue' }.to", equalTo(1100.0f))
                .body("[1].at", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(TestTokens.forRole("statistician")).when().get(FIGURE_HISTORY)
                .then().statusCode(200).body("$", hasSize(2));
    }

    @Test
    void aTargetSetAgainKeepsEachValueWithWhoSetIt() {
        target("park-admin", "5000");
        target("statistician", "6000");

        given().auth().oauth2(TestTokens.forRole("statistician")).when().get(TARGET_HISTORY)
                .then().statusCode(200)
                .body("actor", contains("test-park-admin", "test-statistician"))
                .body("[1].changes.find { it.field == 'targetValue' }.to", equalTo(6000.0f));
    }

    @Test
    void onlyTheStatisticsOfficeReadsHistoryAndUnknownRecordsAre404() {
        official("statistician", "1000");
        target("park-admin", "5000");
        for (String token : List.of(TestTokens.forRole("park-leader"), TestTokens.forRole("gov-system"),
                TestTokens.forRole("investment-officer"), TestTokens.forEnterprise(TestUscc.random()))) {
            for (String path : List.of(FIGURE_HISTORY, TARGET_HISTORY)) {
                given().auth().oauth2(token).when().get(path)
                        .then().statusCode(403).contentType("application/problem+json");
            }
        }
        given().when().get(FIGURE_HISTORY).then().statusCode(401);
        String admin = TestTokens.forRole("park-admin");
        given().auth().oauth2(admin)
                .when().get("/api/v1/indicators/official-figures/LIUYANG_ETDZ/INDUSTRIAL_VALUE_ADDED/2012-07/history")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin)
                .when().get("/api/v1/indicators/official-figures/LIUYANG_ETDZ/INDUSTRIAL_VALUE_ADDED/2012-13/history")
                .then().statusCode(422).body("errors[0].field", equalTo("period"));
        given().auth().oauth2(admin).when().get("/api/v1/indicators/targets/TAX/2012/STREET/NOWHERE/history")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).when().get("/api/v1/indicators/targets/TAX/20x2/STREET/HIST_STREET/history")
                .then().statusCode(422).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(admin).when().get("/api/v1/indicators/targets/TAX/2012/PLANET/HIST_STREET/history")
                .then().statusCode(422).body("errors[0].field", equalTo("dimension"));
    }
}
