package io.parksuite.enterprise.api;

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
import java.util.List;
import java.util.UUID;

import static io.parksuite.enterprise.CultivationRequests.POOL;
import static io.parksuite.enterprise.CultivationRequests.add;
import static io.parksuite.enterprise.CultivationRequests.changeStatus;
import static io.parksuite.enterprise.CultivationRequests.entriesOf;
import static io.parksuite.enterprise.CultivationRequests.history;
import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The cultivation pool (培育库) run by hand: adding, the status machine, liaison officers, history and roles. */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class CultivationPoolServiceTest {

    @Test
    void parkAdminAddsAnEnterpriseByHandOnceAProgramme() {
        String uscc = register("手工入库企业");
        long officer = officer();
        long id = add("park-admin", uscc, "GAZELLE",
                ", \"since\": \"2019-09-01\", \"officerId\": " + officer + ", \"reason\": \"园区推荐\"")
                .statusCode(201)
                .body("uscc", equalTo(uscc))
                .body("name", equalTo("手工入库企业"))
                .body("programme", equalTo("GAZELLE"))
                .body("since", equalTo("2019-09-01"))
                .body("officerId", equalTo((int) officer))
                .body("status", equalTo("CANDIDATE"))
                .body("origin", equalTo("MANUAL"))
                .body("standing", nullValue())
                .extract().jsonPath().getLong("id");

        add("park-admin", uscc, "GAZELLE", "").statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("already in the pool for GAZELLE (entry " + id + ", CANDIDATE)"));
        add("park-admin", uscc, "UNICORN", "").statusCode(201)
                .body("since", equalTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));

        history(id).statusCode(200)
                .body("change", contains("ADDED", "OFFICER_ASSIGNED"))
                .body("actor", everyItem(equalTo("test-park-admin")))
                .body("reason", everyItem(equalTo("园区推荐")))
                .body("toValue", contains("CANDIDATE", String.valueOf(officer)));
    }

    @Test
    void badAdditionsAreProblems() {
        add("park-admin", TestUscc.random(), "GAZELLE", "").statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        String uscc = register("入库校验企业");
        add("park-admin", uscc, "PHOENIX", "").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("programme"));
        add("park-admin", "not-a-uscc", "GAZELLE", "").statusCode(422)
                .body("errors[0].field", equalTo("uscc"));
        add("park-admin", uscc, "GAZELLE", ", \"since\": \"" + LocalDate.now().plusDays(5) + "\"").statusCode(422)
                .body("errors[0].field", equalTo("since"));
        add("park-admin", uscc, "GAZELLE", ", \"officerId\": 987654321").statusCode(422)
                .body("errors[0].field", equalTo("officerId"));
        entriesOf(uscc).body("total", equalTo(0));
    }

    @Test
    void anEntryMovesAlongItsStatusesAndIllegalMovesAre409() {
        String uscc = register("培育状态企业");
        long id = add("park-admin", uscc, "GAZELLE", "").statusCode(201).extract().jsonPath().getLong("id");

        changeStatus("park-admin", id, "RECOGNISED", null).statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", equalTo("An entry that is CANDIDATE cannot become RECOGNISED; allowed: [CULTIVATING, EXITED]"));
        changeStatus("park-admin", id, "CULTIVATING", "纳入2020年培育计划").statusCode(200)
                .body("status", equalTo("CULTIVATING")).body("version", equalTo(1));
        changeStatus("park-admin", id, "CULTIVATING", null).statusCode(409);
        changeStatus("park-admin", id, "RECOGNISED", "2020年认定为省级瞪羚企业").statusCode(200)
                .body("status", equalTo("RECOGNISED"));
        changeStatus("park-admin", id, "CANDIDATE", null).statusCode(409)
                .body("detail", containsString("allowed: [EXITED]"));
        changeStatus("park-admin", id, "EXITED", null).statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        changeStatus("park-admin", id, "EXITED", "  ").statusCode(422);
        changeStatus("park-admin", id, "EXITED", "企业迁出园区").statusCode(200).body("status", equalTo("EXITED"));
        add("park-admin", uscc, "GAZELLE", "").statusCode(409)
                .body("detail", containsString("change that entry's status to CANDIDATE"));
        changeStatus("park-admin", id, "CANDIDATE", "迁回园区").statusCode(200).body("status", equalTo("CANDIDATE"));
        changeStatus("park-admin", 987654321L, "EXITED", "无").statusCode(404).body("status", equalTo(404));

        history(id).statusCode(200)
                .body("change", contains("ADDED", "STATUS_CHANGED", "STATUS_CHANGED", "STATUS_CHANGED", "STATUS_CHANGED"))
                .body("fromValue", contains(null, "CANDIDATE", "CULTIVATING", "RECOGNISED", "EXITED"))
                .body("toValue", contains("CANDIDATE", "CULTIVATING", "RECOGNISED", "EXITED", "CANDIDATE"))
                .body("reason", contains(null, "纳入2020年培育计划", "2020年认定为省级瞪羚企业", "企业迁出园区", "迁回园区"));
    }

    @Test
    void theLiaisonOfficerIsAssignedAndCleared() {
        String uscc = register("联点培育企业");
        long id = add("park-admin", uscc, "UNICORN", "").statusCode(201).extract().jsonPath().getLong("id");
        long officer = officer();
        assign(id, String.valueOf(officer)).statusCode(200).body("officerId", equalTo((int) officer));
        assign(id, String.valueOf(officer)).statusCode(200);
        assign(id, "987654321").statusCode(422).body("errors[0].field", equalTo("officerId"));
        assign(id, "null").statusCode(200).body("officerId", nullValue());
        history(id).body("change", contains("ADDED", "OFFICER_ASSIGNED", "OFFICER_ASSIGNED"))
                .body("toValue", contains("CANDIDATE", String.valueOf(officer), null));
    }

    @Test
    void theListFiltersByProgrammeAndStatusAndIsPaged() {
        String a = register("筛选企业甲");
        String b = register("筛选企业乙");
        long ida = add("park-admin", a, "UNICORN", "").extract().jsonPath().getLong("id");
        add("park-admin", b, "UNICORN", "").statusCode(201);
        changeStatus("park-admin", ida, "CULTIVATING", null).statusCode(200);

        given().auth().oauth2(TestTokens.forRole("investment-officer"))
                .queryParam("programme", "UNICORN").queryParam("status", "CULTIVATING").queryParam("size", 200)
                .when().get(POOL).then().statusCode(200)
                .body("items.uscc", hasItem(a)).body("items.uscc", not(hasItem(b)))
                .body("items.status", everyItem(equalTo("CULTIVATING")))
                .body("size", equalTo(200)).body("page", equalTo(0));
        given().auth().oauth2(TestTokens.forRole("park-admin")).queryParam("status", "DORMANT")
                .when().get(POOL).then().statusCode(422).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.forRole("park-admin")).queryParam("size", 201)
                .when().get(POOL).then().statusCode(422).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get(POOL + "/{id}", ida).then().statusCode(200)
                .body("uscc", equalTo(a)).body("status", equalTo("CULTIVATING"));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get(POOL + "/{id}", 987654321L).then()
                .statusCode(404).body("status", equalTo(404));
    }

    @Test
    void onlyParkAdminRunsThePoolAndOnlyParkStaffReadIt() {
        String uscc = register("培育库权限企业");
        for (String role : List.of("park-leader", "investment-officer", "gov-system", "statistician", "enterprise")) {
            add(role, uscc, "GAZELLE", "").statusCode(403).body("status", equalTo(403));
        }
        long id = add("park-admin", uscc, "GAZELLE", "").statusCode(201).extract().jsonPath().getLong("id");
        changeStatus("park-leader", id, "CULTIVATING", null).statusCode(403);
        changeStatus("investment-officer", id, "EXITED", "无").statusCode(403);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON).body("{\"officerId\": null}")
                .when().put(POOL + "/{id}/liaison-officer", id).then().statusCode(403);
        for (String role : List.of("statistician", "gov-system", "approval-officer", "service-manager")) {
            given().auth().oauth2(TestTokens.forRole(role)).when().get(POOL).then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).when().get(POOL + "/{id}/history", id).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get(POOL + "/{id}", id).then().statusCode(403);
        given().when().get(POOL).then().statusCode(401);
        entriesOf(uscc).body("items[0].status", equalTo("CANDIDATE"));
    }

    private static ValidatableResponse assign(long id, String officerId) {
        return given().auth().oauth2(TestTokens.forRole("park-admin")).contentType(ContentType.JSON)
                .body("""
                        {"officerId": %s, "reason": "调整联点干部"}""".formatted(officerId))
                .when().put(POOL + "/{id}/liaison-officer", id).then();
    }

    private static long officer() {
        return given().auth().oauth2(TestTokens.forRole("park-admin")).contentType(ContentType.JSON)
                .body("""
                        {"name": "培育专员", "department": "经济发展局", "subject": "pool-%s"}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/registry/liaison/officers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
