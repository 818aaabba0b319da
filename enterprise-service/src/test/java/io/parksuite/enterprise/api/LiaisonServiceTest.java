package io.parksuite.enterprise.api;

import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class LiaisonServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void anOfficerIsAssignedAndHerVisitsAreLogged() {
        String uscc = register("联点服务企业");
        int officer = addOfficer("王强");
        admin().contentType(ContentType.JSON).body("""
                {"officerId": %d, "assignedOn": "2019-03-01"}""".formatted(officer))
                .when().put("/api/v1/registry/liaison/assignments/" + uscc).then().statusCode(200)
                .body("officerId", equalTo(officer));
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON).body("""
                {"uscc": "%s", "visitedOn": "2019-08-20", "summary": "了解二期用地需求"}""".formatted(uscc))
                .when().post("/api/v1/registry/liaison/visits").then().statusCode(201)
                .body("officerId", equalTo(officer))
                .body("recordedBy", equalTo("test-investment-officer"));
        admin().contentType(ContentType.JSON).body("""
                {"uscc": "%s", "visitedOn": "%s", "summary": "未来的走访"}""".formatted(uscc, TODAY.plusDays(3)))
                .when().post("/api/v1/registry/liaison/visits").then().statusCode(422)
                .body("errors[0].field", equalTo("visitedOn"));
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get("/api/v1/registry/liaison/visits").then()
                .statusCode(200).body("summary", hasItem("了解二期用地需求"));
        admin().contentType(ContentType.JSON).body("""
                {"officerId": 999999, "assignedOn": "2019-03-01"}""")
                .when().put("/api/v1/registry/liaison/assignments/" + uscc).then().statusCode(422)
                .body("errors[0].field", equalTo("officerId"));
    }

    @Test
    void aRequestGoesFromRaisedToRatedAndOnlyForward() {
        String uscc = register("诉求企业");
        int officer = addOfficer("李娜");
        admin().contentType(ContentType.JSON).body("""
                {"officerId": %d, "assignedOn": "2019-01-01"}""".formatted(officer))
                .when().put("/api/v1/registry/liaison/assignments/" + uscc).then().statusCode(200);
        int id = asEnterprise(uscc).contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "category": "LABOUR", "title": "旺季用工缺口300人", "deadline": "%s"}"""
                        .formatted(uscc, TODAY.plusDays(10)))
                .when().post("/api/v1/registry/liaison/requests").then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("officerId", equalTo(officer))
                .body("overdue", equalTo(false))
                .extract().path("id");

        asEnterprise(uscc).contentType(ContentType.JSON).body("{\"rating\": 5}")
                .when().post("/api/v1/registry/liaison/requests/" + id + "/rating").then().statusCode(409)
                .body("detail", containsString("RESOLVED"));
        step(id, "start", "{}").statusCode(200).body("status", equalTo("IN_PROGRESS"));
        step(id, "start", "{}").statusCode(409);
        step(id, "resolution", """
                {"resolution": "对接人力资源公司，已招聘到岗280人"}""").statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolvedOn", equalTo(TODAY.toString()));
        asEnterprise(uscc).contentType(ContentType.JSON).body("{\"rating\": 6}")
                .when().post("/api/v1/registry/liaison/requests/" + id + "/rating").then().statusCode(422)
                .body("errors[0].field", equalTo("rating"));
        asEnterprise(uscc).contentType(ContentType.JSON).body("{\"rating\": 5, \"comment\": \"响应迅速\"}")
                .when().post("/api/v1/registry/liaison/requests/" + id + "/rating").then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("rating", equalTo(5));
        asEnterprise(uscc).contentType(ContentType.JSON).body("{\"rating\": 1}")
                .when().post("/api/v1/registry/liaison/requests/" + id + "/rating").then().statusCode(409);
    }

    @Test
    void theOverdueListHoldsPendingRequestsPastTheirDeadlineOnly() {
        String uscc = register("逾期诉求企业");
        int late = raise(uscc, "融资需求", TODAY.minusDays(20), TODAY.minusDays(1));
        int onTime = raise(uscc, "用地需求", TODAY.minusDays(5), TODAY.plusDays(5));
        int lateButResolved = raise(uscc, "审批协调", TODAY.minusDays(30), TODAY.minusDays(2));
        step(lateButResolved, "resolution", "{\"resolution\": \"已协调\"}").statusCode(200);

        admin().queryParam("overdue", true).queryParam("uscc", uscc).when().get("/api/v1/registry/liaison/requests")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(late))
                .body("items[0].overdue", equalTo(true));
        admin().queryParam("overdue", true).queryParam("size", 200).when().get("/api/v1/registry/liaison/requests")
                .then().statusCode(200)
                .body("items.overdue", everyItem(equalTo(true)))
                .body("items.id", not(hasItem(onTime)));
    }

    @Test
    void anEnterpriseCannotSeeOrRaiseAnotherEnterprisesRequests() {
        String own = register("诉求本企业");
        String other = register("诉求他企业");
        int theirs = raise(other, "他家的诉求", TODAY, TODAY.plusDays(3));
        asEnterprise(own).when().get("/api/v1/registry/liaison/requests/" + theirs).then().statusCode(404);
        asEnterprise(own).queryParam("uscc", other).when().get("/api/v1/registry/liaison/requests").then()
                .statusCode(404);
        asEnterprise(own).contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "category": "OTHER", "title": "冒名诉求", "deadline": "%s"}"""
                        .formatted(other, TODAY.plusDays(3)))
                .when().post("/api/v1/registry/liaison/requests").then().statusCode(404);
        asEnterprise(own).contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "category": "OTHER", "title": "期限早于提出日", "raisedOn": "%s", "deadline": "%s"}"""
                        .formatted(own, TODAY, TODAY.minusDays(1)))
                .when().post("/api/v1/registry/liaison/requests").then().statusCode(422)
                .body("errors[0].field", equalTo("deadline"));
    }

    private static int raise(String uscc, String title, LocalDate raisedOn, LocalDate deadline) {
        return admin().contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "category": "FINANCING", "title": "%s", "raisedOn": "%s", "deadline": "%s"}"""
                        .formatted(uscc, title, raisedOn, deadline))
                .when().post("/api/v1/registry/liaison/requests").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse step(int id, String step, String body) {
        return admin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registry/liaison/requests/" + id + "/" + step).then();
    }

    private static int addOfficer(String name) {
        return admin().contentType(ContentType.JSON).body("""
                        {"name": "%s", "department": "经济发展局"}""".formatted(name))
                .when().post("/api/v1/registry/liaison/officers").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification asEnterprise(String uscc) {
        return given().auth().oauth2(TestTokens.forEnterprise(uscc));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }
}
