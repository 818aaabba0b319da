package io.parksuite.enterprise.api;

import io.parksuite.enterprise.service.BulkUploads;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.stream.Stream;

import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Every size, limit and range a client chooses is bounded: pages of every list, the change feed,
 * search terms, ledger reads and bulk row counts. A request beyond a bound is a problem+json
 * naming the parameter, never a 500 and never an unbounded read.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class RequestBoundsServiceTest {

    /** What the platform's PageRequest answers to a page or size beyond its bounds. */
    private static final int PAGE_BOUND_STATUS = 422;

    /** Every paged list of the service. */
    private static final String[] LISTS = {"/api/v1/enterprises", "/api/v1/registry/platforms",
            "/api/v1/registry/liaison/requests"};

    static Stream<Arguments> pagesOutOfBounds() {
        return Stream.of(LISTS).flatMap(list -> Stream.of(
                Arguments.of(list, "size", "100000"),
                Arguments.of(list, "size", "201"),
                Arguments.of(list, "size", "0"),
                Arguments.of(list, "page", "-1"),
                Arguments.of(list, "page", "2147483647")));
    }

    @ParameterizedTest(name = "GET {0}?{1}={2}")
    @MethodSource("pagesOutOfBounds")
    void aPageOutOfBoundsIsRefused(String list, String parameter, String value) {
        admin().queryParam(parameter, value).when().get(list).then()
                .statusCode(PAGE_BOUND_STATUS)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(parameter));
    }

    @ParameterizedTest(name = "GET {0}?size=200")
    @ValueSource(strings = {"/api/v1/enterprises", "/api/v1/registry/platforms", "/api/v1/registry/liaison/requests"})
    void theLargestPageIsServed(String list) {
        admin().queryParam("size", 200).when().get(list).then().statusCode(200).body("size", equalTo(200));
    }

    @ParameterizedTest(name = "GET /api/v1/enterprises/changes?size={0}")
    @ValueSource(strings = {"0", "201", "100000", "-1"})
    void theChangeFeedSizeIsBounded(String size) {
        admin().queryParam("size", size).when().get("/api/v1/enterprises/changes").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @ParameterizedTest(name = "GET {0} with an over-long search term")
    @ValueSource(strings = {"/api/v1/enterprises", "/api/v1/enterprises/export"})
    void searchTermsAreBounded(String path) {
        admin().queryParam("q", "企".repeat(EnterpriseFilters.MAX_NAME_FRAGMENT + 1)).when().get(path).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
        admin().queryParam("q", "企".repeat(EnterpriseFilters.MAX_NAME_FRAGMENT)).when().get(path).then()
                .statusCode(200);
        admin().queryParam("chain", "X".repeat(EnterpriseFilters.MAX_CODE + 1))
                .queryParam("industry", "39%").when().get(path).then()
                .statusCode(422)
                .body("errors.field", hasItem("chain"))
                .body("errors.field", hasItem("industry"));
    }

    @ParameterizedTest(name = "GET /api/v1/registry/ledgers/{0} reads one enterprise or one year")
    @ValueSource(strings = {"rewards", "patent-navigation", "risk-compensation-loans"})
    void aLedgerIsNotReadWhole(String ledger) {
        String uscc = register("台账范围企业");
        admin().contentType(ContentType.JSON).body("{\"uscc\": \"%s\", \"year\": 2019}".formatted(uscc))
                .when().post("/api/v1/registry/ledgers/patent-navigation");
        admin().when().get("/api/v1/registry/ledgers/" + ledger).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        admin().queryParam("year", 2019).when().get("/api/v1/registry/ledgers/" + ledger).then().statusCode(200);
        admin().queryParam("uscc", uscc).when().get("/api/v1/registry/ledgers/" + ledger).then().statusCode(200);
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get("/api/v1/registry/ledgers/" + ledger)
                .then().statusCode(200);
    }

    @ParameterizedTest(name = "POST {0} with one row too many")
    @ValueSource(strings = {"/api/v1/enterprises/bulk", "/api/v1/registry/imports/designations",
            "/api/v1/registry/ledgers/rewards/bulk"})
    void bulkRowsAreCountedBeforeTheyAreRead(String path) {
        String tooMany = "[" + String.join(",", Collections.nCopies(BulkUploads.MAX_ROWS + 1, "{}"))
                + ", {\"never\": read";
        admin().contentType(ContentType.JSON).body(tooMany).when().post(path).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("rows"))
                .body("errors[0].message", containsString("at most " + BulkUploads.MAX_ROWS));
    }

    @Test
    void aCsvFileWithOneRowTooManyIsRefused() {
        String csv = "uscc,year\n" + "91430112MA4L00000U,2019\n".repeat(BulkUploads.MAX_ROWS + 1);
        admin().contentType("text/csv").body(csv).when().post("/api/v1/registry/ledgers/patent-navigation/bulk").then()
                .statusCode(422)
                .body("errors[0].field", equalTo("rows"));
    }

    @Test
    void aMalformedBulkBodyUnderTheLimitIsStillNamedByTheReader() {
        admin().contentType(ContentType.JSON).body("[{}, {\"never\": read").when()
                .post("/api/v1/registry/ledgers/rewards/bulk").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot be read"));
    }

    @Test
    void aRequestLineTheGatewayPassesOnIsAnsweredWithAProblemNotABare414() {
        admin().queryParam("q", "x".repeat(6_000)).queryParam("chain", "y".repeat(6_000))
                .when().get("/api/v1/enterprises").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("q"));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }
}
