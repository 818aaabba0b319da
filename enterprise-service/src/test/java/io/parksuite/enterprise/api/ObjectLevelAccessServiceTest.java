package io.parksuite.enterprise.api;

import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * OWASP API1 (broken object-level authorization): an enterprise user, with a token as an identity
 * provider issues it ({@code groups} = enterprise and offline_access), reaches its own records
 * only. Another enterprise's record, contacts, history, chains, designations, platforms, ledgers
 * and liaison service answer 404 (so their existence is not leaked), the registry-wide reads
 * (search, export, change feed, statistics) 403, and no list it reads holds the other enterprise.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectLevelAccessServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private String own;
    private String other;
    private int otherRequest;
    private boolean ready;

    @BeforeEach
    void twoEnterprisesWithEverything() {
        if (ready) {
            return;
        }
        own = register("越权测试本企业");
        other = register("越权测试他企业");
        int officer = admin().contentType(ContentType.JSON).body("""
                        {"name": "赵敏", "department": "经济发展局"}""")
                .when().post("/api/v1/registry/liaison/officers").then().statusCode(201).extract().path("id");
        for (String uscc : new String[] {own, other}) {
            admin().contentType(ContentType.JSON).body("""
                    {"chainCode": "ELECTRONIC_INFORMATION", "validFrom": "2019-07-01"}""")
                    .when().post("/api/v1/enterprises/" + uscc + "/chains").then().statusCode(201);
            admin().contentType(ContentType.JSON).body("""
                    {"type": "HIGH_TECH", "year": 2019}""")
                    .when().post("/api/v1/enterprises/" + uscc + "/designations").then().statusCode(201);
            String etag = admin().when().get("/api/v1/enterprises/" + uscc).then().statusCode(200).extract().header("ETag");
            admin().header("If-Match", etag).contentType(ContentType.JSON).body("""
                    {"person": "联系人%s", "phone": "0731-88888888"}""".formatted(uscc))
                    .when().put("/api/v1/enterprises/" + uscc + "/contact").then().statusCode(200);
            admin().contentType(ContentType.JSON)
                    .body(InnovationPlatformServiceTest.platform(uscc, "INCUBATOR", "MUNICIPAL", "众创空间" + uscc, 2019))
                    .when().post("/api/v1/registry/platforms").then().statusCode(201);
            admin().contentType(ContentType.JSON).body("""
                    {"uscc": "%s", "programme": "科技创新奖励", "year": 2019, "amountYuan": 1000.00}""".formatted(uscc))
                    .when().post("/api/v1/registry/ledgers/rewards").then().statusCode(201);
            admin().contentType(ContentType.JSON).body("""
                    {"uscc": "%s", "year": 2019}""".formatted(uscc))
                    .when().post("/api/v1/registry/ledgers/patent-navigation").then().statusCode(201);
            admin().contentType(ContentType.JSON).body("""
                    {"uscc": "%s", "bank": "长沙银行", "amountYuan": 100000.00, "loanDate": "2019-03-15",
                     "maturityDate": "2020-03-14", "compensationShare": 0.5, "contractNumber": "BOLA-%s"}"""
                            .formatted(uscc, uscc))
                    .when().post("/api/v1/registry/ledgers/risk-compensation-loans").then().statusCode(201);
            admin().contentType(ContentType.JSON).body("""
                    {"officerId": %d, "assignedOn": "2019-03-01"}""".formatted(officer))
                    .when().put("/api/v1/registry/liaison/assignments/" + uscc).then().statusCode(200);
            admin().contentType(ContentType.JSON).body("""
                    {"uscc": "%s", "visitedOn": "2019-08-20", "summary": "走访%s"}""".formatted(uscc, uscc))
                    .when().post("/api/v1/registry/liaison/visits").then().statusCode(201);
        }
        admin().contentType(ContentType.JSON).body(raise(own)).when().post("/api/v1/registry/liaison/requests")
                .then().statusCode(201);
        otherRequest = admin().contentType(ContentType.JSON).body(raise(other))
                .when().post("/api/v1/registry/liaison/requests").then().statusCode(201).extract().path("id");
        admin().contentType(ContentType.JSON).body("{\"resolution\": \"已解决\"}")
                .when().post("/api/v1/registry/liaison/requests/" + otherRequest + "/resolution").then().statusCode(200);
        ready = true;
    }

    @Test
    void theTokenAsAnIdentityProviderIssuesItReadsItsOwnRecord() {
        asOwn().when().get("/api/v1/enterprises/" + own).then().statusCode(200).body("uscc", equalTo(own));
        asOwn().when().get("/api/v1/enterprises/" + own + "/history").then().statusCode(200);
        asOwn().when().get("/api/v1/enterprises/" + own + "/chains").then().statusCode(200)
                .body("chainCode", hasItem("ELECTRONIC_INFORMATION"));
    }

    @Test
    void anotherEnterprisesRecordAndItsPartsAreNotFound() {
        for (String path : new String[] {"", "/history", "/chains", "/designations"}) {
            notFound(asOwn().when().get("/api/v1/enterprises/" + other + path).then().extract().statusCode(),
                    "GET /enterprises/{other}" + path);
        }
        asOwn().when().get("/api/v1/enterprises/" + other).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anotherEnterprisesContactIsNeitherChangedNorConfirmed() {
        String etag = admin().when().get("/api/v1/enterprises/" + other).then().extract().header("ETag");
        asOwn().header("If-Match", etag).contentType(ContentType.JSON).body("""
                        {"person": "冒名顶替", "phone": "0731-00000000"}""")
                .when().put("/api/v1/enterprises/" + other + "/contact").then().statusCode(404);
        admin().when().get("/api/v1/enterprises/" + other).then().statusCode(200)
                .body("contact.person", equalTo("联系人" + other));
    }

    @Test
    void registryWideReadsAreForbidden() {
        for (String path : new String[] {"/api/v1/enterprises", "/api/v1/enterprises/export",
                "/api/v1/enterprises/changes", "/api/v1/registry/statistics/chains",
                "/api/v1/registry/statistics/ledgers?year=2019", "/api/v1/registry/liaison/officers"}) {
            asOwn().when().get(path).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void platformListsHoldOnlyItsOwn() {
        asOwn().when().get("/api/v1/registry/platforms").then().statusCode(200)
                .body("items.uscc", everyItem(equalTo(own)))
                .body("items.uscc", hasItem(own));
        asOwn().queryParam("uscc", other).when().get("/api/v1/registry/platforms").then().statusCode(404);
    }

    @Test
    void ledgersHoldOnlyItsOwn() {
        for (String ledger : new String[] {"rewards", "patent-navigation", "risk-compensation-loans"}) {
            asOwn().when().get("/api/v1/registry/ledgers/" + ledger).then().statusCode(200)
                    .body("uscc", everyItem(equalTo(own)))
                    .body("uscc", hasItem(own));
            asOwn().queryParam("year", 2019).when().get("/api/v1/registry/ledgers/" + ledger).then().statusCode(200)
                    .body("uscc", not(hasItem(other)));
            asOwn().queryParam("uscc", other).when().get("/api/v1/registry/ledgers/" + ledger).then().statusCode(404);
        }
    }

    @Test
    void liaisonServiceHoldsOnlyItsOwn() {
        asOwn().when().get("/api/v1/registry/liaison/assignments/" + other).then().statusCode(404);
        asOwn().when().get("/api/v1/registry/liaison/visits").then().statusCode(200)
                .body("uscc", everyItem(equalTo(own)))
                .body("uscc", hasItem(own));
        asOwn().queryParam("uscc", other).when().get("/api/v1/registry/liaison/visits").then().statusCode(404);
        asOwn().queryParam("size", 200).when().get("/api/v1/registry/liaison/requests").then().statusCode(200)
                .body("items.uscc", everyItem(equalTo(own)))
                .body("items.uscc", hasItem(own));
        asOwn().queryParam("overdue", true).when().get("/api/v1/registry/liaison/requests").then().statusCode(200)
                .body("items.uscc", everyItem(equalTo(own)));
        asOwn().queryParam("uscc", other).when().get("/api/v1/registry/liaison/requests").then().statusCode(404);
        asOwn().when().get("/api/v1/registry/liaison/requests/" + otherRequest).then().statusCode(404);
    }

    @Test
    void anotherEnterprisesRequestIsNeitherRatedNorRaised() {
        asOwn().contentType(ContentType.JSON).body("{\"rating\": 1}")
                .when().post("/api/v1/registry/liaison/requests/" + otherRequest + "/rating").then().statusCode(404);
        admin().when().get("/api/v1/registry/liaison/requests/" + otherRequest).then().statusCode(200)
                .body("status", equalTo("RESOLVED"));
        int before = admin().queryParam("uscc", other).when().get("/api/v1/registry/liaison/requests").then()
                .statusCode(200).extract().path("total");
        asOwn().contentType(ContentType.JSON).body(raise(other)).when().post("/api/v1/registry/liaison/requests")
                .then().statusCode(404);
        admin().queryParam("uscc", other).when().get("/api/v1/registry/liaison/requests").then()
                .body("total", equalTo(before));
    }

    private static void notFound(int status, String what) {
        if (status != 404) {
            throw new AssertionError(what + " answered " + status + " to another enterprise, not 404");
        }
    }

    private static String raise(String uscc) {
        return """
                {"uscc": "%s", "category": "LABOUR", "title": "用工需求", "deadline": "%s"}"""
                .formatted(uscc, TODAY.plusDays(10));
    }

    private RequestSpecification asOwn() {
        return given().auth().oauth2(TestTokens.withGroups(Set.of("enterprise", "offline_access"), "uscc", own));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }
}
