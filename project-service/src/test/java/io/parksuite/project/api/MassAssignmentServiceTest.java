package io.parksuite.project.api;

import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Mass assignment (OWASP API3): the fields the service owns (id, version, stage after creation,
 * milestones, approval, progress totals, tier, investor link, timestamps) cannot be set through a
 * create, update or conference body; only the documented request fields count.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class MassAssignmentServiceTest {

    private static final String SERVER_OWNED = """
            "id": "%s", "version": 41, "stageLabel": "达产", "stalledFrom": "PRODUCTION",
            "allowedTransitions": ["FULL_PRODUCTION"], "tier": "MAJOR", "faiEligible": true,
            "milestones": {"construction": "2019-01-02", "production": "2019-01-03"},
            "approval": {"applicationId": "forged", "result": "APPROVED", "concludedOn": "2019-01-01"},
            "completedInvestmentYuan": 999999999, "fundsArrivedYuan": 888888888,
            "createdAt": "2000-01-01T00:00:00Z", "updatedAt": "2000-01-01T00:00:00Z",
            "approvalResult": "APPROVED", "constructionOn": "2019-01-02", "investorLinked": true""";

    private static final String OWN_FIELDS = "\"name\": \"小型配套项目\", "
            + "\"investor\": {\"name\": \"配套企业\", \"type\": \"OTHER\", \"linked\": true}, "
            + "\"plannedInvestmentYuan\": 1000000";

    private static final Matcher<Object> ZERO = anyOf(equalTo((Object) 0), equalTo((Object) 0.0f));

    @Test
    void aCreateBodyCannotSetWhatTheServiceOwns() {
        String forgedId = UUID.randomUUID().toString();
        String id = ProjectRequests.create("investment-officer", "{" + OWN_FIELDS + ", \"stage\": \"SIGNED\", "
                        + "\"stageDate\": \"2019-06-01\", " + SERVER_OWNED.formatted(forgedId) + "}")
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("id", not(equalTo(forgedId)))
                .body("version", equalTo(0))
                .body("stage", equalTo("SIGNED"))
                .body("milestones.signed", equalTo("2019-06-01"))
                .body("stalledFrom", nullValue())
                .body("tier", equalTo("STANDARD"))
                .body("faiEligible", equalTo(false))
                .body("milestones.construction", nullValue())
                .body("milestones.production", nullValue())
                .body("approval.applicationId", nullValue())
                .body("approval.result", nullValue())
                .body("completedInvestmentYuan", ZERO)
                .body("fundsArrivedYuan", ZERO)
                .body("investor.linked", equalTo(false))
                .body("createdAt", not(startsWith("2000-")))
                .extract().path("id");
        ProjectRequests.transition(id, "CONSTRUCTION", LocalDate.of(2019, 6, 2), "跳过审批").statusCode(409)
                .body("type", containsString("startup-approval-pending"));
    }

    @Test
    void anUpdateBodyCannotMoveTheStageNorTouchProgress() {
        String id = ProjectRequests.create("NEGOTIATING", LocalDate.of(2019, 6, 1), false);
        String body = "{" + OWN_FIELDS + ", \"stage\": \"PRODUCTION\", \"stageDate\": \"2019-06-05\", "
                + SERVER_OWNED.formatted(UUID.randomUUID()) + "}";
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/projects/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("小型配套项目"))
                .body("version", equalTo(1))
                .body("stage", equalTo("NEGOTIATING"))
                .body("stageDate", equalTo("2019-06-01"))
                .body("milestones.production", nullValue())
                .body("approval.result", nullValue())
                .body("completedInvestmentYuan", ZERO)
                .body("fundsArrivedYuan", ZERO)
                .body("tier", equalTo("STANDARD"))
                .body("investor.linked", equalTo(false))
                .body("createdAt", not(startsWith("2000-")));
    }

    @Test
    void aConferenceRowIsSignedOnTheDayOfItsOwnConferenceWhateverItSays() {
        String otherConference = UUID.randomUUID().toString();
        String conference = given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"name": "配套项目签约会", "heldOn": "2019-05-18",
                         "projects": [{%s, "stage": "PRODUCTION", "stageDate": "2019-01-01", "conferenceId": "%s", %s}]}"""
                        .formatted(OWN_FIELDS, otherConference, SERVER_OWNED.formatted(UUID.randomUUID())))
                .when().post("/api/v1/conferences")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("conferenceId", conference)
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].stage", equalTo("SIGNED"))
                .body("items[0].stageDate", equalTo("2019-05-18"))
                .body("items[0].conferenceId", equalTo(conference))
                .body("items[0].completedInvestmentYuan", ZERO)
                .body("items[0].approval.result", nullValue());
    }
}
