package io.parksuite.indicator.api;

import io.parksuite.indicator.Registry;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class StatisticalReportIntakeServiceTest {

    private static final String REPORTS = "/api/v1/statistical-reports";

    @Inject
    Registry registry;

    private String known() {
        String uscc = TestUscc.random();
        registry.apply(Registry.snapshot(uscc, 1).street("INTAKE").aboveScale(2018, 2019));
        return uscc;
    }

    private static String report(String uscc, String period, String status, String output) {
        return """
                {"uscc": "%s", "period": "%s", "status": "%s", "outputValueYuan": %s, "salesOutputYuan": 90.5,
                 "revenueYuan": 95, "taxYuan": 5, "employees": 120}""".formatted(uscc, period, status, output);
    }

    @Test
    void aRevisionReplacesThePreliminaryFigureAndTheEarlierOneStaysReadable() {
        String uscc = known();
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(report(uscc, "2019-03", "PRELIMINARY", "100.00"))
                .when().post(REPORTS)
                .then().statusCode(201)
                .header("Location", containsString(REPORTS + "/" + uscc + "/2019-03"))
                .body("revision", equalTo(1)).body("status", equalTo("PRELIMINARY")).body("current", equalTo(true))
                .body("outputValueYuan", equalTo(100.0f));
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(report(uscc, "2019-03", "FINAL", "120.00"))
                .when().post(REPORTS)
                .then().statusCode(201).body("revision", equalTo(2)).body("status", equalTo("FINAL"));

        given().auth().oauth2(TestTokens.forRole("park-admin"))
                .when().get(REPORTS + "/{uscc}/2019-03", uscc)
                .then().statusCode(200).body("revision", equalTo(2)).body("outputValueYuan", equalTo(120.0f));
        given().auth().oauth2(TestTokens.forRole("statistician"))
                .when().get(REPORTS + "/{uscc}/2019-03/revisions", uscc)
                .then().statusCode(200).body("", hasSize(2))
                .body("[0].status", equalTo("PRELIMINARY")).body("[0].current", equalTo(false))
                .body("[0].outputValueYuan", equalTo(100.0f))
                .body("[1].current", equalTo(true));

        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(report(uscc, "2019-03", "PRELIMINARY", "130.00"))
                .when().post(REPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status")).body("errors[0].message", containsString("final"));
    }

    @Test
    void januaryIsRefusedBecauseFebruaryCoversJanuaryAndFebruary() {
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(report(known(), "2019-01", "PRELIMINARY", "1"))
                .when().post(REPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("1–2月"));
    }

    @Test
    void periodsThatHaveNotEndedMalformedPeriodsAndNegativeValuesAreRefused() {
        String uscc = known();
        String thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(report(uscc, thisMonth, "PRELIMINARY", "1"))
                .when().post(REPORTS)
                .then().statusCode(422).body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("not over yet"));
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(report(uscc, "2019-8", "PRELIMINARY", "1"))
                .when().post(REPORTS)
                .then().statusCode(422).body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("YYYY-MM"));
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(report(uscc, "2019-05", "PRELIMINARY", "-3"))
                .when().post(REPORTS)
                .then().statusCode(422).body("errors[0].field", equalTo("outputValueYuan"))
                .body("errors[0].message", containsString("negative"));
    }

    @Test
    void anEnterpriseNotKnownFromTheRegistryIsRefused() {
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(report(TestUscc.random(), "2019-05", "PRELIMINARY", "1"))
                .when().post(REPORTS)
                .then().statusCode(422).body("errors[0].field", equalTo("uscc"))
                .body("errors[0].message", containsString("no enterprise"));
    }

    @Test
    void anEnterpriseUserReportsAndReadsItsOwnFiguresOnly() {
        String own = known();
        String other = known();
        given().auth().oauth2(TestTokens.forEnterprise(own)).contentType("application/json")
                .body(report(own, "2019-04", "PRELIMINARY", "7"))
                .when().post(REPORTS).then().statusCode(201);
        given().auth().oauth2(TestTokens.forEnterprise(own)).contentType("application/json")
                .body(report(other, "2019-04", "PRELIMINARY", "7"))
                .when().post(REPORTS).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forEnterprise(own))
                .when().get(REPORTS + "/{uscc}/2019-04", own).then().statusCode(200).body("uscc", equalTo(own));
        given().auth().oauth2(TestTokens.forEnterprise(other))
                .when().get(REPORTS + "/{uscc}/2019-04", own).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("park-leader"))
                .when().get(REPORTS + "/{uscc}/2019-04", own).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("investment-officer"))
                .when().get(REPORTS + "/{uscc}?year=2019", own).then().statusCode(403);
    }

    @Test
    void aBulkCsvUploadIsStoredOnceUnderItsIdempotencyKey() {
        String a = known();
        String b = known();
        String csv = """
                uscc,period,status,unit,outputValueYuan,salesOutputYuan,revenueYuan,taxYuan,employees,energyTce
                %s,2019-02,FINAL,万元,1.5,1,1,0.1,10,
                %s,2019-03,PRELIMINARY,,20000,10000,10000,1000,10,2.5
                %s,2019-02,PRELIMINARY,元,300,200,200,10,5,
                """.formatted(a, a, b);
        String key = "reports-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(TestTokens.forRole("gov-system")).contentType("text/csv; charset=UTF-8")
                    .header("Idempotency-Key", key).body(csv)
                    .when().post(REPORTS + "/bulk")
                    .then().statusCode(200).body("received", equalTo(3)).body("imported", equalTo(3));
        }
        given().auth().oauth2(TestTokens.forRole("statistician"))
                .when().get(REPORTS + "/{uscc}/2019-02/revisions", a)
                .then().statusCode(200).body("", hasSize(1)).body("[0].outputValueYuan", equalTo(15000.0f))
                .body("[0].periodLabel", equalTo("1–2月"));
        given().auth().oauth2(TestTokens.forRole("statistician"))
                .when().get(REPORTS + "/{uscc}?year=2019", a)
                .then().statusCode(200).body("period", equalTo(java.util.List.of("2019-02", "2019-03")));
    }

    @Test
    void aBulkRequestWithBadRowsNamesEveryRowAndWritesNothing() {
        String a = known();
        String json = "[" + String.join(",",
                report(a, "2019-06", "PRELIMINARY", "1"),
                report(a, "2019-01", "PRELIMINARY", "1"),
                report(a, "2019-06", "PRELIMINARY", "2"),
                report(a, "2019-07", "PRELIMINARY", "-1"),
                """
                {"uscc": "%s", "period": "2019-07", "unit": "美元", "outputValueYuan": 1, "salesOutputYuan": 1,
                 "revenueYuan": 1, "taxYuan": 1, "employees": 1}""".formatted(known())) + "]";
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json").body(json)
                .when().post(REPORTS + "/bulk")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("rows[2].period", "rows[3].period",
                        "rows[4].outputValueYuan", "rows[5].unit")))
                .body("errors[0].message", containsString("1–2月"))
                .body("errors[1].message", containsString("duplicates row 1"));
        given().auth().oauth2(TestTokens.forRole("statistician"))
                .when().get(REPORTS + "/{uscc}/2019-06", a).then().statusCode(404);

        String unknown = "[" + report(a, "2019-06", "PRELIMINARY", "1") + ","
                + report(TestUscc.random(), "2019-06", "PRELIMINARY", "1") + "]";
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json").body(unknown)
                .when().post(REPORTS + "/bulk")
                .then().statusCode(422).body("errors.field", hasItem("rows[2].uscc"))
                .body("detail", containsString("nothing was written"));
        given().auth().oauth2(TestTokens.forRole("statistician"))
                .when().get(REPORTS + "/{uscc}/2019-06", a).then().statusCode(404);
    }

    @Test
    void nonNumericCellsAndOversizedBatchesAreRefusedAsAWhole() {
        String a = known();
        String csv = "uscc,period,outputValueYuan,salesOutputYuan,revenueYuan,taxYuan,employees\n"
                + a + ",2019-02,1,1,1,1,1\n" + a + ",2019-03,abc,1,1,1,1\n";
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("text/csv").body(csv)
                .when().post(REPORTS + "/bulk")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rows[2]"));

        StringBuilder many = new StringBuilder("uscc,period,outputValueYuan,salesOutputYuan,revenueYuan,taxYuan,employees\n");
        for (int i = 0; i <= 50_000; i++) {
            many.append(a).append(",2019-03,1,1,1,1,1\n");
        }
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("text/csv").body(many.toString())
                .when().post(REPORTS + "/bulk")
                .then().statusCode(422).body("errors[0].field", equalTo("rows"))
                .body("errors[0].message", containsString("50000"));
        given().auth().oauth2(TestTokens.forRole("park-leader")).contentType("text/csv").body(csv)
                .when().post(REPORTS + "/bulk").then().statusCode(403);
    }
}
