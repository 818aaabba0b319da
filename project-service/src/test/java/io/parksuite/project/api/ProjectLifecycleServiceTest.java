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
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.parksuite.project.ProjectRequests.create;
import static io.parksuite.project.ProjectRequests.transition;
import static io.parksuite.project.ProjectRequests.trialProduction;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class ProjectLifecycleServiceTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 7, 1);

    @Test
    void theBydPhonePlantGoesFromSigningToProductionIn70Days() {
        String id = create("SIGNED", SIGNED, true);
        transition(id, "APPROVING", LocalDate.of(2019, 7, 3), null).statusCode(200).body("stage", equalTo("APPROVING"));
        transition(id, "CONSTRUCTION", LocalDate.of(2019, 7, 10), null).statusCode(200)
                .body("stage", equalTo("CONSTRUCTION")).body("stageLabel", equalTo("开工"));
        trialProduction(id, LocalDate.of(2019, 8, 23)).statusCode(200)
                .body("milestones.trialProduction", equalTo("2019-08-23"));
        transition(id, "PRODUCTION", LocalDate.of(2019, 9, 9), null).statusCode(200)
                .body("stage", equalTo("PRODUCTION"))
                .body("milestones.signed", equalTo("2019-07-01"))
                .body("milestones.production", equalTo("2019-09-09"))
                .body("allowedTransitions", equalTo(java.util.List.of("FULL_PRODUCTION", "STALLED", "TERMINATED")));

        given().auth().oauth2(TestTokens.forRole("park-leader"))
                .when().get("/api/v1/projects/{id}/transitions", id)
                .then().statusCode(200)
                .body("to", equalTo(java.util.List.of("SIGNED", "APPROVING", "CONSTRUCTION", "PRODUCTION")))
                .body("[1].from", equalTo("SIGNED"))
                .body("[3].date", equalTo("2019-09-09"))
                .body("[3].actor", equalTo("test-investment-officer"));
    }

    @Test
    void anIllegalTransitionIs409NamingTheAllowedOnes() {
        String id = create("SIGNED", SIGNED, false);
        transition(id, "NEGOTIATING", SIGNED, null).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot move to NEGOTIATING"))
                .body("detail", containsString("APPROVING (审批)"))
                .body("detail", containsString("TERMINATED (终止)"))
                .body("errors[0].field", equalTo("to"));

        transition(id, "TERMINATED", LocalDate.of(2019, 8, 1), null).statusCode(200).body("allowedTransitions", hasSize(0));
        transition(id, "LEAD", LocalDate.of(2019, 8, 2), null).statusCode(409)
                .body("detail", containsString("none, TERMINATED (终止) is final"));
    }

    @Test
    void skippingAStageNeedsAReasonWhichIsRecorded() {
        String id = create("LEAD", LocalDate.of(2019, 3, 1), false);
        transition(id, "SIGNED", LocalDate.of(2019, 4, 1), null).statusCode(422)
                .body("errors[0].field", equalTo("skipReason"))
                .body("errors[0].message", containsString("NEGOTIATING (在谈)"));
        transition(id, "SIGNED", LocalDate.of(2019, 4, 1), "签约大会现场直接签约").statusCode(200)
                .body("stage", equalTo("SIGNED"))
                .body("milestones.negotiating", nullValue());
        given().auth().oauth2(TestTokens.forRole("park-admin"))
                .when().get("/api/v1/projects/{id}/transitions", id)
                .then().body("[1].skipReason", equalTo("签约大会现场直接签约"));
    }

    @Test
    void datesNeverGoBackwardsNorIntoTheFuture() {
        String id = create("NEGOTIATING", LocalDate.of(2019, 5, 10), false);
        transition(id, "SIGNED", LocalDate.of(2019, 5, 9), null).statusCode(422)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", containsString("2019-05-10"));
        transition(id, "SIGNED", LocalDate.now().plusDays(3), null).statusCode(422)
                .body("errors[0].message", containsString("future"));
        transition(id, "SIGNED", LocalDate.of(2019, 5, 10), null).statusCode(200);
    }

    @Test
    void constructionWaitsForTheStartUpApprovalUnlessBuildBeforeApproval() {
        String guarded = create("SIGNED", SIGNED, false);
        transition(guarded, "APPROVING", LocalDate.of(2019, 7, 2), null).statusCode(200);
        transition(guarded, "CONSTRUCTION", LocalDate.of(2019, 7, 5), null).statusCode(409)
                .body("type", containsString("startup-approval-pending"))
                .body("detail", containsString("先建后验"));
        transition(guarded, "PRODUCTION", LocalDate.of(2019, 7, 5), "跳过").statusCode(409)
                .body("type", containsString("startup-approval-pending"));

        String flagged = create("SIGNED", SIGNED, true);
        transition(flagged, "CONSTRUCTION", LocalDate.of(2019, 7, 5), "先建后验，审批并行").statusCode(200)
                .body("stage", equalTo("CONSTRUCTION"))
                .body("milestones.approving", nullValue());
    }

    @Test
    void aStalledProjectResumesWhereItStalled() {
        String id = create("NEGOTIATING", LocalDate.of(2019, 1, 10), false);
        transition(id, "STALLED", LocalDate.of(2019, 2, 1), null).statusCode(200)
                .body("stalledFrom", equalTo("NEGOTIATING"))
                .body("allowedTransitions", hasItems("NEGOTIATING", "SIGNED", "TERMINATED"))
                .body("allowedTransitions", not(hasItem("STALLED")));
        transition(id, "NEGOTIATING", LocalDate.of(2019, 3, 1), null).statusCode(200)
                .body("stage", equalTo("NEGOTIATING"))
                .body("stalledFrom", nullValue())
                .body("milestones.stalled", equalTo("2019-02-01"));
    }

    @Test
    void trialProductionIsOnlyBetweenConstructionAndProduction() {
        String id = create("SIGNED", SIGNED, true);
        trialProduction(id, LocalDate.of(2019, 7, 2)).statusCode(409).body("detail", containsString("SIGNED"));
        transition(id, "CONSTRUCTION", LocalDate.of(2019, 7, 3), "先建后验").statusCode(200);
        trialProduction(id, LocalDate.of(2019, 7, 20)).statusCode(200);
        trialProduction(id, LocalDate.of(2019, 7, 21)).statusCode(409);
        transition(id, "PRODUCTION", LocalDate.of(2019, 7, 19), null).statusCode(422).body("errors[0].field", equalTo("date"));
    }

    @Test
    void transitionsNeedTheCurrentETag() {
        String id = create("LEAD", LocalDate.of(2019, 1, 1), false);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"to": "NEGOTIATING", "date": "2019-02-01"}""")
                .when().post("/api/v1/projects/{id}/transitions", id)
                .then().statusCode(428);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .header("If-Match", "\"99\"")
                .body("""
                        {"to": "NEGOTIATING", "date": "2019-02-01"}""")
                .when().post("/api/v1/projects/{id}/transitions", id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void anUnknownStageIsA400NamingTheField() {
        String id = create("LEAD", LocalDate.of(2019, 1, 1), false);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + ProjectRequests.version(id) + "\"")
                .body("""
                        {"to": "BUILDING", "date": "2019-02-01"}""")
                .when().post("/api/v1/projects/{id}/transitions", id)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
    }

    @Test
    void anEnterpriseUserReadsOnlyProjectsItInvestsIn() {
        String uscc = TestUscc.random();
        String own = create("investment-officer", """
                {"name": "自有项目", "investor": {"uscc": "%s", "name": "自有投资方", "type": "LISTED"},
                 "plannedInvestmentYuan": 1000000}""".formatted(uscc)).statusCode(201).extract().path("id");
        String other = create("LEAD", LocalDate.of(2019, 1, 1), false);

        given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get("/api/v1/projects/{id}", own)
                .then().statusCode(200).body("investor.uscc", equalTo(uscc));
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get("/api/v1/projects/{id}", other)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(own));
    }

    @Test
    void onlyOfficersAndAdminsWrite() {
        create("park-leader", ProjectRequests.body("领导不可写", "某公司", "OTHER", 1, "LEAD", SIGNED, false))
                .statusCode(403).contentType("application/problem+json");
        create("statistician", ProjectRequests.body("统计不可写", "某公司", "OTHER", 1, "LEAD", SIGNED, false))
                .statusCode(403);
        create("park-admin", ProjectRequests.body("管理员可写", "某公司", "OTHER", 1, "LEAD", SIGNED, false))
                .statusCode(201).body("tier", equalTo("STANDARD"));
    }
}
