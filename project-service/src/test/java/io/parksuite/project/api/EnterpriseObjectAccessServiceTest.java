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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Object-level authorization (OWASP API1): an enterprise user, with the default roles an identity
 * provider adds beside {@code enterprise}, reaches the projects its USCC invests in and nothing of
 * any other project: not by id, not in a list whatever the filters, not through history or the
 * change feed.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class EnterpriseObjectAccessServiceTest {

    private String investor;
    private String stranger;
    private String own;
    private String foreign;
    private String token;

    @BeforeEach
    void projectsOfTwoInvestors() {
        investor = TestUscc.random();
        stranger = TestUscc.random();
        own = ProjectRequests.createFor(investor, "自有项目", "SIGNED", LocalDate.of(2019, 7, 1));
        foreign = ProjectRequests.createFor(stranger, "他人项目" + stranger, "SIGNED", LocalDate.of(2019, 7, 1));
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"arrivedOn": "2019-07-15", "amountYuan": 1000000, "reference": "FOREIGN-%s"}""".formatted(stranger))
                .when().post("/api/v1/projects/{id}/funds", foreign).then().statusCode(201);
        token = TestTokens.withGroups(Set.of("enterprise", "offline_access"), "uscc", investor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/transitions", "/investments", "/funds", "/durations"})
    void anotherInvestorsProjectIsNotFoundWhileItsOwnIsRead(String part) {
        given().auth().oauth2(token).when().get("/api/v1/projects/{id}" + part, foreign)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forEnterpriseWithDefaultRoles(investor)).when()
                .get("/api/v1/projects/{id}" + part, foreign).then().statusCode(404);
        given().auth().oauth2(token).when().get("/api/v1/projects/{id}" + part, own).then().statusCode(200);
    }

    @Test
    void listsHoldOnlyItsOwnProjectsWhateverTheFilters() {
        for (String query : List.of("", "?investorUscc=" + stranger, "?q=他人项目" + stranger, "?stage=SIGNED&size=200")) {
            given().auth().oauth2(token).when().get("/api/v1/projects" + query)
                    .then().statusCode(200)
                    .body("items.investor.uscc", everyItem(equalTo(investor)))
                    .body("items.id", not(hasItem(foreign)));
        }
        given().auth().oauth2(token).when().get("/api/v1/projects")
                .then().body("items.id", hasItem(own)).body("total", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects/changes", "/api/v1/projects/export", "/api/v1/projects/board",
            "/api/v1/projects/kpis", "/api/v1/projects/alerts/overdue-starts", "/api/v1/conferences"})
    void pipelineWideReadsAreForbidden(String path) {
        given().auth().oauth2(token).when().get(path).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void historyIsForbiddenForAnyProject() {
        for (String project : List.of(own, foreign)) {
            given().auth().oauth2(token).when().get("/api/v1/projects/{id}/history", project)
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }
}
