package io.parksuite.indicator.api;

import io.parksuite.indicator.Registry;
import io.parksuite.indicator.ReleaseCalendar;
import io.parksuite.indicator.Reports;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * 统计法: no figure of a period is disclosed before its official release, in any read, except to
 * the statistics office; the statistician records the release. Open data waits further, for the
 * period's publication.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class ReleaseServiceTest {

    private static final String RELEASES = "/api/v1/indicators/releases";

    @Inject
    Registry registry;

    /** Every read of a period's figures behind a token. */
    private static final Map<String, Function<RequestSpecification, io.restassured.response.Response>> READS = Map.of(
            "dashboard", r -> r.queryParam("period", "2013-03").get("/api/v1/indicators/dashboard"),
            "dashboard export", r -> r.queryParam("period", "2013-03").get("/api/v1/indicators/dashboard/export"),
            "breakdown", r -> r.queryParam("period", "2013-03").queryParam("dimension", "STREET")
                    .get("/api/v1/indicators/breakdown"),
            "breakdown export", r -> r.queryParam("period", "2013-03").queryParam("dimension", "STREET")
                    .get("/api/v1/indicators/breakdown/export"),
            "series", r -> r.queryParam("from", "2013-02").queryParam("to", "2013-03")
                    .get("/api/v1/indicators/series"),
            "rankings", r -> r.queryParam("period", "2013-03").get("/api/v1/indicators/rankings"));

    private static void assertReads(String role, int status) {
        READS.forEach((read, call) -> call.apply(given().auth().oauth2(TestTokens.forRole(role)).when())
                .then().statusCode(status));
    }

    private static void assertOpenData(int status) {
        for (String token : new String[]{null, TestTokens.forRole("statistician"), TestTokens.forRole("park-admin")}) {
            RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
            request.queryParam("period", "2013-03").when().get("/api/v1/open-data/indicators")
                    .then().statusCode(status);
        }
    }

    private static io.restassured.response.ValidatableResponse put(String role, String period, String body) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType("application/json").body(body)
                .when().put(RELEASES + "/{period}", period).then();
    }

    @Test
    void figuresOfAPeriodAre404ToEveryRoleButTheStatisticsOfficeUntilItsReleaseHasPassed() {
        Reports reports = Reports.of();
        for (int i = 0; i < 4; i++) {
            String uscc = TestUscc.random();
            registry.apply(Registry.snapshot(uscc, 1).street("REL_2013").aboveScale(2013));
            reports.months(uscc, 2013, 3, 1000 + 100L * i);
        }
        reports.send();

        for (String role : List.of("park-leader", "investment-officer", "approval-officer", "service-manager",
                "gov-system", "enterprise")) {
            READS.forEach((read, call) -> call.apply(given().auth().oauth2(TestTokens.forRole(role)).when())
                    .then().statusCode(404).contentType("application/problem+json"));
        }
        given().queryParam("period", "2013-03").when().get("/api/v1/open-data/indicators")
                .then().statusCode(404).contentType("application/problem+json");
        assertOpenData(404);
        assertReads("statistician", 200);
        assertReads("park-admin", 200);

        String ahead = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        put("statistician", "2013-03", "{\"releasedAt\": \"" + ahead + "\"}").statusCode(200)
                .body("released", equalTo(false));
        put("statistician", "2013-02", "{\"releasedAt\": \"2013-03-20T10:00:00+08:00\"}").statusCode(200)
                .body("released", equalTo(true));
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", "2013-02")
                .when().get("/api/v1/indicators/dashboard").then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", "2013-03")
                .when().get("/api/v1/indicators/dashboard").then().statusCode(404);

        put("park-admin", "2013-03", "{\"releasedAt\": \"2013-04-20T10:00:00+08:00\"}").statusCode(200)
                .body("period", equalTo("2013-03")).body("released", equalTo(true));
        assertReads("park-leader", 200);
        assertReads("enterprise", 200);
        assertOpenData(404);
        ReleaseCalendar.publish("2013-03");
        assertOpenData(200);

        put("statistician", "2013-03", "{\"releasedAt\": \"2013-04-20T10:00:00+08:00\"}").statusCode(200)
                .body("released", equalTo(true));
        put("statistician", "2013-03", "{\"releasedAt\": \"2099-04-20T10:00:00+08:00\"}").statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("gov-system")).when().get(RELEASES)
                .then().statusCode(200)
                .body("findAll { it.period == '2013-03' }.released", hasItem(true))
                .body("find { it.period == '2013-03' }.releasedAt", equalTo("2013-04-20T10:00:00+08:00"));
    }

    @Test
    void onlyTheStatisticsOfficeRecordsReleasesAndBadInputIsAProblem() {
        for (String role : List.of("park-leader", "investment-officer", "gov-system", "enterprise")) {
            put(role, "2012-03", "{\"releasedAt\": \"2012-04-20T10:00:00+08:00\"}").statusCode(403)
                    .contentType("application/problem+json");
        }
        given().contentType("application/json").body("{\"releasedAt\": \"2012-04-20T10:00:00+08:00\"}")
                .when().put(RELEASES + "/2012-03").then().statusCode(401);
        put("statistician", "2012-13", "{\"releasedAt\": \"2013-01-20T10:00:00+08:00\"}").statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        put("statistician", "2012-01", "{\"releasedAt\": \"2012-02-20T10:00:00+08:00\"}").statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        put("statistician", "2012-03", "{\"releasedAt\": \"2012-03-30T10:00:00+08:00\"}").statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("releasedAt"));
        put("statistician", "2012-03", "{}").statusCode(422).contentType("application/problem+json");
        put("statistician", "2012-03", "{\"releasedAt\": \"soon\"}").statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("[{\"period\": \"2012-03\", \"releasedAt\": \"2012-04-20T10:00:00+08:00\"},"
                        + " {\"period\": \"2012-3\", \"releasedAt\": \"2012-04-20T10:00:00+08:00\"}]")
                .when().put(RELEASES).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rows[2].period"));
    }
}
