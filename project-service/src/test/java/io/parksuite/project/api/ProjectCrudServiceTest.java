package io.parksuite.project.api;

import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.parksuite.project.ProjectRequests.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class ProjectCrudServiceTest {

    @Test
    void aCreatedProjectCarriesItsTierAndFaiEligibilityAndETag() {
        String body = ProjectRequests.body("TDK新视电子音圈马达生产线", "TDK株式会社", "FORTUNE_500", 1_200_000_000L,
                "NEGOTIATING", LocalDate.of(2018, 11, 1), false);
        var response = create("investment-officer", body).statusCode(201)
                .header("Location", containsString("/api/v1/projects/"))
                .header("ETag", equalTo("\"0\""))
                .body("tier", equalTo("MAJOR"))
                .body("faiEligible", equalTo(true))
                .body("chainName", equalTo("电子信息"))
                .body("investor.linked", equalTo(false))
                .body("stage", equalTo("NEGOTIATING"))
                .body("milestones.negotiating", equalTo("2018-11-01"))
                .body("capacity.unit", equalTo("台/年"));
        String id = response.extract().path("id");
        given().auth().oauth2(TestTokens.forRole("gov-system")).when().get("/api/v1/projects/{id}", id)
                .then().statusCode(200).body("name", equalTo("TDK新视电子音圈马达生产线"));
    }

    @Test
    void tiersFollowTheConfiguredThresholds() {
        create("park-admin", ProjectRequests.body("亿元项目", "甲", "OTHER", 100_000_000L, "LEAD", LocalDate.of(2019, 1, 1), false))
                .statusCode(201).body("tier", equalTo("LARGE")).body("faiEligible", equalTo(true));
        create("park-admin", ProjectRequests.body("小项目", "乙", "OTHER", 4_999_999L, "LEAD", LocalDate.of(2019, 1, 1), false))
                .statusCode(201).body("tier", equalTo("STANDARD")).body("faiEligible", equalTo(false));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        create("investment-officer", ProjectRequests.body("负数", "甲", "OTHER", -5, "LEAD", LocalDate.of(2019, 1, 1), false))
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("plannedInvestmentYuan"));
        create("investment-officer", ProjectRequests.body("未知类型", "甲", "STATE_OWNED", 5, "LEAD", LocalDate.of(2019, 1, 1), false))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("investor.type"));
        create("investment-officer", ProjectRequests.body("晚阶段", "甲", "OTHER", 5, "PRODUCTION", LocalDate.of(2019, 1, 1), false))
                .statusCode(422).body("errors[0].field", equalTo("stage"));
        create("investment-officer", """
                {"name": "错链", "investor": {"name": "甲", "type": "OTHER", "uscc": "91350100M000100Y4Z"},
                 "plannedInvestmentYuan": 5, "chainCode": "SPACE"}""")
                .statusCode(422)
                .body("errors.field", hasItem("chainCode"))
                .body("errors.field", hasItem("investorUscc"));
    }

    @Test
    void anUpdateNeedsIfMatchAndPublishesTheChange() {
        String id = ProjectRequests.create("LEAD", LocalDate.of(2019, 1, 1), false);
        String replacement = ProjectRequests.body("更名后的项目", "测试投资方有限公司", "LISTED", 300_000_000L, "LEAD",
                LocalDate.of(2019, 1, 1), false);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON).body(replacement)
                .when().put("/api/v1/projects/{id}", id).then().statusCode(428);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON).body(replacement)
                .header("If-Match", "\"0\"")
                .when().put("/api/v1/projects/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("更名后的项目"))
                .body("investor.type", equalTo("LISTED"));
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON).body(replacement)
                .header("If-Match", "\"0\"")
                .when().put("/api/v1/projects/{id}", id).then().statusCode(412);

        given().auth().oauth2(TestTokens.forRole("park-admin")).when().get("/api/v1/projects/{id}/history", id)
                .then().statusCode(200)
                .body("[0].kind", equalTo("CREATED"))
                .body("[1].version", equalTo(1))
                .body("[1].actor", equalTo("test-investment-officer"))
                .body("[1].changes.field", hasItem("name"));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneProject() {
        String key = "create-" + UUID.randomUUID();
        String body = ProjectRequests.body("幂等项目" + key, "丙", "OTHER", 10, "LEAD", LocalDate.of(2019, 1, 1), false);
        String first = given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).when().post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).when().post("/api/v1/projects")
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("q", "幂等项目" + key)
                .when().get("/api/v1/projects").then().body("total", equalTo(1));
    }

    @Test
    void listsFilterAndPageAndExportAsCsv() {
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            create("investment-officer", """
                    {"name": "筛选项目%d", "investor": {"name": "丁", "type": "LEADING"}, "plannedInvestmentYuan": %d,
                     "chainCode": "FOOD_PROCESSING", "officer": "%s", "stage": "SIGNED", "stageDate": "2019-07-01"}"""
                    .formatted(i, (i + 1) * 100_000_000L, officer)).statusCode(201);
        }
        given().auth().oauth2(TestTokens.forRole("park-leader"))
                .queryParam("officer", officer).queryParam("tier", "LARGE").queryParam("size", 1)
                .queryParam("sort", "-plannedInvestmentYuan")
                .when().get("/api/v1/projects").then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(1))
                .body("items[0].name", equalTo("筛选项目2"));
        given().auth().oauth2(TestTokens.forRole("park-leader"))
                .queryParam("chain", "FOOD_PROCESSING").queryParam("year", "2019").queryParam("stage", "SIGNED")
                .when().get("/api/v1/projects").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(3)).body("items.chainCode", everyItem(equalTo("FOOD_PROCESSING")));
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("stage", "BUILDING")
                .when().get("/api/v1/projects").then().statusCode(422).body("errors[0].field", equalTo("stage"));

        String csv = given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("officer", officer)
                .when().get("/api/v1/projects/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("\uFEFF项目编号,项目名称"), csv);
        org.junit.jupiter.api.Assertions.assertEquals(4, csv.strip().split("\n").length, csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("筛选项目1") && csv.contains("龙头企业"), csv);
    }

    @Test
    void aSearchMatchesPercentAndUnderscoreLiterally() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of("A_B" + tag, "AXB" + tag, "50%" + tag, "500" + tag)) {
            create("investment-officer", ProjectRequests.body(name, "字面投资方", "OTHER", 5_000_000L, "LEAD",
                    LocalDate.of(2019, 1, 1), false)).statusCode(201);
        }
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("q", "a_b" + tag)
                .when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("A_B" + tag));
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("q", "50%" + tag)
                .when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("50%" + tag));
    }

    @Test
    void anUnknownProjectIs404() {
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", "not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", UUID.randomUUID())
                .then().statusCode(404).body("detail", startsWith("No project"));
    }
}
