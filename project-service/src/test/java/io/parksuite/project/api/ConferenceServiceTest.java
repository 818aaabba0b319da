package io.parksuite.project.api;

import io.parksuite.project.DemoData;
import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class ConferenceServiceTest {

    @Test
    void theDemoConferenceReproducesTheSeedsFigures() {
        String id = DemoData.load("/api/v1/conferences", "projects-conference-2019.json").statusCode(201)
                .body("projectCount", equalTo(51)).extract().path("id");
        DemoData.load("/api/v1/conferences", "projects-conference-2019.json").statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", equalTo(id));

        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/conferences/{id}/summary", id)
                .then().statusCode(200)
                .body("projects", equalTo(51))
                .body("fortune500OrListed", equalTo(11))
                .body("leading", equalTo(6))
                .body("atLeastMajor", equalTo(3))
                .body("atLeastLarge", equalTo(12))
                .body("byInvestorType.OTHER.count", equalTo(34))
                .body("byTier.MAJOR.count", equalTo(3))
                .body("byTier.LARGE.count", equalTo(9))
                .body("byTier.STANDARD.count", equalTo(39));

        given().auth().oauth2(TestTokens.forRole("gov-system")).queryParam("conferenceId", id).queryParam("size", 200)
                .when().get("/api/v1/projects").then().statusCode(200)
                .body("total", equalTo(51))
                .body("items.stage", everyItem(equalTo("SIGNED")))
                .body("items.milestones.signed", everyItem(equalTo("2019-05-18")))
                .body("items.name", hasItem("杉杉能源锂电正极材料基地项目"));
    }

    @Test
    void oneBadProjectRejectsTheWholeBatchAndNamesTheRow() {
        String name = "坏批次大会" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "heldOn": "2019-05-18", "projects": [
                          {"name": "好项目", "investor": {"name": "甲", "type": "OTHER"}, "plannedInvestmentYuan": 100},
                          {"name": "坏项目", "investor": {"name": "乙", "type": "OTHER"}, "plannedInvestmentYuan": -1},
                          {"name": "坏街道", "investor": {"name": "丙", "type": "OTHER"}, "plannedInvestmentYuan": 1,
                           "streetCode": "NOWHERE"}]}""".formatted(name))
                .when().post("/api/v1/conferences")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("nothing was saved"))
                .body("errors.field", hasItem("projects[1].plannedInvestmentYuan"))
                .body("errors.field", hasItem("projects[2].streetCode"));
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("q", "好项目")
                .when().get("/api/v1/projects").then().body("total", equalTo(0));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/conferences")
                .then().statusCode(200).body("items.name", org.hamcrest.Matchers.not(hasItem(name)));
    }

    @Test
    void anUnknownInvestorTypeInTheBatchIsNamed() {
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"name": "类型错误大会", "heldOn": "2019-05-18", "projects": [
                          {"name": "项目", "investor": {"name": "甲", "type": "STATE_OWNED"}, "plannedInvestmentYuan": 1}]}""")
                .when().post("/api/v1/conferences")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("projects[0].investor.type"));
    }

    @Test
    void aConferenceNeedsProjectsAndAPastDate() {
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"name": "空大会", "heldOn": "2019-05-18", "projects": []}""")
                .when().post("/api/v1/conferences")
                .then().statusCode(422).body("errors.field", hasItem("projects"));
        given().auth().oauth2(TestTokens.forRole("park-leader")).contentType(ContentType.JSON)
                .body("""
                        {"name": "无权", "heldOn": "2019-05-18", "projects": []}""")
                .when().post("/api/v1/conferences")
                .then().statusCode(403);
    }
}
