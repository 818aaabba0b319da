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
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class LedgerServiceTest {

    @Test
    void rewardsAreRecordedOncePerProgrammeAndYear() {
        String uscc = register("奖补企业");
        String reward = """
                {"uscc": "%s", "programme": "智能制造专项奖励", "year": 2019, "amountYuan": 500000.00, "grantedOn": "2019-06-30"}"""
                .formatted(uscc);
        post("/rewards", reward).statusCode(201).body("amountYuan", equalTo(500000.00f));
        post("/rewards", reward).statusCode(409).contentType("application/problem+json");
        post("/rewards", reward.replace("500000.00", "-1")).statusCode(422).body("errors[0].field", equalTo("amountYuan"));
        post("/rewards", reward.replace(uscc, TestUscc.random())).statusCode(422).body("errors[0].field", equalTo("uscc"));
        admin().queryParam("uscc", uscc).when().get("/api/v1/registry/ledgers/rewards").then().statusCode(200)
                .body("programme", contains("智能制造专项奖励"));
    }

    @Test
    void loansAndPatentNavigationAreChecked() {
        String uscc = register("贷款企业");
        String loan = """
                {"uscc": "%s", "bank": "长沙银行望城支行", "amountYuan": 3000000.00, "loanDate": "2019-03-15",
                 "maturityDate": "2020-03-14", "compensationShare": 0.5, "contractNumber": "C-%s"}""".formatted(uscc, uscc);
        post("/risk-compensation-loans", loan).statusCode(201).body("compensationShare", equalTo(0.5f));
        post("/risk-compensation-loans", loan).statusCode(409);
        post("/risk-compensation-loans", loan.replace("2020-03-14", "2019-03-01").replace("C-", "D-")).statusCode(422)
                .body("errors[0].field", equalTo("maturityDate"));
        post("/risk-compensation-loans", loan.replace("0.5", "1.5").replace("C-", "E-")).statusCode(422)
                .body("errors[0].field", equalTo("compensationShare"));
        post("/patent-navigation", """
                {"uscc": "%s", "year": 2019, "topic": "硬质合金专利导航"}""".formatted(uscc)).statusCode(201);
        post("/patent-navigation", """
                {"uscc": "%s", "year": 2019}""".formatted(uscc)).statusCode(409);
        admin().queryParam("uscc", uscc).queryParam("year", 2019).when()
                .get("/api/v1/registry/ledgers/risk-compensation-loans").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void anEnterpriseReadsItsOwnLedgerOnlyAndWritesNone() {
        String own = register("台账本企业");
        String other = register("台账他企业");
        post("/patent-navigation", "{\"uscc\": \"%s\", \"year\": 2019}".formatted(own)).statusCode(201);
        post("/patent-navigation", "{\"uscc\": \"%s\", \"year\": 2019}".formatted(other)).statusCode(201);
        given().auth().oauth2(TestTokens.forEnterprise(own)).when().get("/api/v1/registry/ledgers/patent-navigation")
                .then().statusCode(200).body("uscc", contains(own));
        given().auth().oauth2(TestTokens.forEnterprise(own)).queryParam("uscc", other)
                .when().get("/api/v1/registry/ledgers/patent-navigation").then().statusCode(404);
        given().auth().oauth2(TestTokens.forEnterprise(own)).contentType(ContentType.JSON)
                .body("{\"uscc\": \"%s\", \"year\": 2020}".formatted(own))
                .when().post("/api/v1/registry/ledgers/patent-navigation").then().statusCode(403);
    }

    private static ValidatableResponse post(String ledger, String body) {
        return admin().contentType(ContentType.JSON).body(body).when().post("/api/v1/registry/ledgers" + ledger).then();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }
}
