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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Every list and every range a client chooses is bounded: an out-of-bounds value is a 422
 * problem naming the parameter (the status the platform's PageRequest and ChangeRequest give every
 * invalid query parameter), never a page of everything, an overflow or a 500.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class QueryBoundsServiceTest {

    private static final String[] PAGED = {"/api/v1/projects", "/api/v1/conferences",
            "/api/v1/projects/alerts/overdue-starts"};

    static Stream<Arguments> outOfBoundPages() {
        return Stream.of(PAGED).flatMap(path -> Stream.of(
                Arguments.of(path, "size", "100000"), Arguments.of(path, "size", "0"), Arguments.of(path, "page", "-1")));
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @MethodSource("outOfBoundPages")
    void everyListRefusesAPageOutOfBounds(String path, String parameter, String value) {
        given().auth().oauth2(TestTokens.forRole("park-admin")).queryParam(parameter, value)
                .when().get(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem(parameter));
    }

    @ParameterizedTest(name = "changes?size={0}")
    @CsvSource({"100000", "0", "-1"})
    void theChangeFeedRefusesASizeOutOfBounds(String size) {
        given().auth().oauth2(TestTokens.forRole("park-admin")).queryParam("size", size)
                .when().get("/api/v1/projects/changes")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource({
            "/api/v1/projects, year, 1000000000",
            "/api/v1/projects, year, -5",
            "/api/v1/projects/export, year, 1000000000",
            "/api/v1/projects/board, year, 1000000000",
            "/api/v1/projects/board, year, 2101",
            "/api/v1/projects/alerts/overdue-starts, asOf, 9999-12-31",
            "/api/v1/projects/alerts/overdue-starts, asOf, +1000000-01-01",
            "/api/v1/projects/kpis, from, 0001-01",
            "/api/v1/projects/kpis, to, 9999-12"})
    void yearsAndDatesOutsideTheParksCenturiesAreRefused(String path, String parameter, String value) {
        given().auth().oauth2(TestTokens.forRole("park-admin")).queryParam(parameter, value)
                .when().get(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void aKpiPeriodSpansAtMostTenYears() {
        kpis("2009-01", "2019-01").statusCode(422).body("errors[0].field", equalTo("to"));
        kpis("2009-02", "2019-01").statusCode(200);
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({"q, 201", "officer, 65", "chain, 49", "street, 33", "investorUscc, 19"})
    void filterTextsAreNoLongerThanWhatTheySearch(String parameter, int length) {
        given().auth().oauth2(TestTokens.forRole("park-admin")).queryParam(parameter, "甲".repeat(length))
                .when().get("/api/v1/projects")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
        given().auth().oauth2(TestTokens.forRole("park-admin")).queryParam(parameter, "甲".repeat(length - 1))
                .when().get("/api/v1/projects").then().statusCode(200);
    }

    @Test
    void aBulkImportOverItsRowLimitIsRefusedBeforeItsRowsAreRead() {
        String projects = "[" + "{},".repeat(10_000) + "\"not a row\"]";
        bulk("/api/v1/projects/bulk", projects).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rows"));
        String investments = "[" + "{},".repeat(20_000) + "\"not a row\"]";
        bulk("/api/v1/projects/investments/bulk", investments).statusCode(422)
                .body("errors[0].field", equalTo("rows"));
    }

    private static io.restassured.response.ValidatableResponse kpis(String from, String to) {
        return given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/projects/kpis").then();
    }

    private static io.restassured.response.ValidatableResponse bulk(String path, String body) {
        return given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }
}
