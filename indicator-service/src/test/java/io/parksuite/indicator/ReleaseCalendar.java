package io.parksuite.indicator;

import io.parksuite.indicator.domain.Period;
import io.parksuite.testing.TestTokens;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * Records, as a statistician would, that periods were officially released (the day after they
 * ended), and publishes periods as open data.
 */
public final class ReleaseCalendar {

    private ReleaseCalendar() {
    }

    public static void release(String... periods) {
        List<String> rows = new ArrayList<>();
        for (String period : periods) {
            rows.add("""
                    {"period": "%s", "releasedAt": "%sT10:00:00+08:00"}""".formatted(period,
                    Period.of(period).lastDay().plusDays(1)));
        }
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("[" + String.join(",", rows) + "]")
                .when().put("/api/v1/indicators/releases")
                .then().statusCode(200);
    }

    /** Publishes the periods as open data, as a statistician would (released periods only). */
    public static void publish(String... periods) {
        List<String> rows = new ArrayList<>();
        for (String period : periods) {
            rows.add("{\"period\": \"%s\", \"note\": \"test revision\"}".formatted(period));
        }
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("[" + String.join(",", rows) + "]")
                .when().post("/api/v1/indicators/publications")
                .then().statusCode(200);
    }
}
