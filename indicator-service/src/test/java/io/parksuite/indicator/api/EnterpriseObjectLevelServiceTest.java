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
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/**
 * OWASP API1 (object-level authorization): enterprise A reaches nothing of enterprise B, neither its
 * reports (each read, list, revision history) nor its copy in the dimension, nor its figures through
 * an aggregate or an export of a cell B alone makes up.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class EnterpriseObjectLevelServiceTest {

    @Inject
    Registry registry;

    @Test
    void enterpriseANeverSeesEnterpriseB() {
        String a = TestUscc.random();
        String b = TestUscc.random();
        registry.apply(Registry.snapshot(a, 1).street("OBJ_A").aboveScale(2014));
        registry.apply(Registry.snapshot(b, 1).street("OBJ_B_ALONE").aboveScale(2014));
        Reports reports = Reports.of().months(a, 2014, 3, 1000).add(b, "2014-02", 777_777).add(b, "2014-03", 888_888);
        for (int i = 0; i < 3; i++) {
            String other = TestUscc.random();
            registry.apply(Registry.snapshot(other, 1).street("OBJ_A").aboveScale(2014));
            reports.months(other, 2014, 3, 1100 + i);
        }
        reports.send();
        Reports.of().add(b, "2014-03", "FINAL", java.math.BigDecimal.valueOf(888_889)).send();
        ReleaseCalendar.release("2014-02", "2014-03");
        String tokenA = TestTokens.forEnterprise(a);

        given().auth().oauth2(tokenA).when().get("/api/v1/statistical-reports/{uscc}/{period}", b, "2014-03")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(tokenA).when().get("/api/v1/statistical-reports/{uscc}/{period}/revisions", b, "2014-03")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(tokenA).queryParam("year", 2014).when().get("/api/v1/statistical-reports/{uscc}", b)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(tokenA).queryParam("year", 2014).when().get("/api/v1/statistical-reports/{uscc}", a)
                .then().statusCode(200).body("uscc", contains(a, a));
        given().auth().oauth2(TestTokens.forEnterprise(b)).when()
                .get("/api/v1/statistical-reports/{uscc}/{period}/revisions", b, "2014-03")
                .then().statusCode(200).body("revision", contains(1, 2));

        given().auth().oauth2(tokenA).when().get("/api/v1/indicators/enterprises/{uscc}", b)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(tokenA).when().get("/api/v1/indicators/enterprises/{uscc}", a)
                .then().statusCode(200).body("uscc", equalTo(a));
        given().auth().oauth2(tokenA).queryParam("uscc", b).queryParam("uscc", a)
                .when().get("/api/v1/indicators/enterprises")
                .then().statusCode(200).body("uscc", contains(a));
        given().auth().oauth2(tokenA).queryParam("uscc", b)
                .when().get("/api/v1/indicators/enterprises")
                .then().statusCode(200).body("$", empty());
        given().auth().oauth2(TestTokens.forRole("gov-system")).queryParam("uscc", b).queryParam("uscc", a)
                .when().get("/api/v1/indicators/enterprises")
                .then().statusCode(200).body("uscc", org.hamcrest.Matchers.containsInAnyOrder(a, b));

        given().auth().oauth2(tokenA).queryParam("dimension", "STREET").queryParam("period", "2014-03")
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200)
                .body("cells.find { it.member == 'OBJ_B_ALONE' }.suppressed", equalTo(true))
                .body("cells.find { it.member == 'OBJ_B_ALONE' }.ytdValue", nullValue());
        given().auth().oauth2(tokenA).queryParam("dimension", "STREET").queryParam("member", "OBJ_B_ALONE")
                .queryParam("from", "2014-02").queryParam("to", "2014-03")
                .when().get("/api/v1/indicators/series")
                .then().statusCode(200).body("suppressed", contains(true, true)).body("ytdValue", contains(null, null));
        given().auth().oauth2(tokenA).queryParam("dimension", "STREET").queryParam("period", "2014-03")
                .queryParam("format", "csv")
                .when().get("/api/v1/indicators/breakdown/export")
                .then().statusCode(200)
                .body(not(containsString("777777"))).body(not(containsString("888889")))
                .body(not(containsString("1666666")));
        given().auth().oauth2(tokenA)
                .when().get("/api/v1/indicators/official-figures/WANGCHENG_ETDZ/INDUSTRIAL_VALUE_ADDED/2014-03/history")
                .then().statusCode(403);
    }
}
