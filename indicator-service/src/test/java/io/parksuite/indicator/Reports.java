package io.parksuite.indicator;

import io.parksuite.testing.TestTokens;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/** Builds bulk report uploads for tests and sends them as a statistician would. */
public final class Reports {

    private final List<String> rows = new ArrayList<>();

    public static Reports of() {
        return new Reports();
    }

    /** A report whose figures are all derived from the output value, so tests state one number. */
    public Reports add(String uscc, String period, String status, BigDecimal output) {
        rows.add("""
                {"uscc":"%s","period":"%s","status":"%s","outputValueYuan":%s,"salesOutputYuan":%s,
                 "revenueYuan":%s,"taxYuan":%s,"employees":10}""".formatted(uscc, period, status, output.toPlainString(),
                output.toPlainString(), output.toPlainString(),
                output.divide(BigDecimal.TEN).toPlainString()));
        return this;
    }

    /** A report with a sales output of {@code sales} of which {@code export} is 出口交货值. */
    public Reports addExport(String uscc, String period, long sales, long export) {
        rows.add("""
                {"uscc":"%s","period":"%s","outputValueYuan":%d,"salesOutputYuan":%d,"revenueYuan":%d,
                 "taxYuan":%d,"employees":10,"exportDeliveryValueYuan":%d}""".formatted(uscc, period, sales, sales,
                sales, sales / 10, export));
        return this;
    }

    public Reports add(String uscc, String period, long output) {
        return add(uscc, period, "PRELIMINARY", BigDecimal.valueOf(output));
    }

    /** Reports of {@code output} for every month from February to {@code lastMonth} of {@code year}. */
    public Reports months(String uscc, int year, int lastMonth, long output) {
        for (int month = 2; month <= lastMonth; month++) {
            add(uscc, "%d-%02d".formatted(year, month), output);
        }
        return this;
    }

    public void send() {
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("[" + String.join(",", rows) + "]")
                .when().post("/api/v1/statistical-reports/bulk")
                .then().statusCode(200);
    }
}
