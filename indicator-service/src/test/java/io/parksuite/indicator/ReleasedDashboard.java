package io.parksuite.indicator;

import io.parksuite.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

import java.math.BigDecimal;

import static io.restassured.RestAssured.given;

/**
 * A period's dashboard as a park leader reads it once the period is released, its numbers read as
 * exact decimals: what the event tests compare the sums they compute themselves with.
 */
public final class ReleasedDashboard {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private ReleasedDashboard() {
    }

    /** Releases the period, then reads its dashboard. */
    public static JsonPath dashboard(String period) {
        ReleaseCalendar.release(period);
        return given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", period)
                .when().get("/api/v1/indicators/dashboard")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
    }

    /** One field of one indicator's figure; null when the dashboard leaves it out. */
    public static BigDecimal field(JsonPath dashboard, String code, String field) {
        Object value = dashboard.get("indicators.find { it.code == '" + code + "' }." + field);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
