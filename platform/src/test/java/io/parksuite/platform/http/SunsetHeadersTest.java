package io.parksuite.platform.http;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SunsetHeadersTest {

    @Sunset(deprecatedOn = "2026-12-01", lastDay = "2027-06-30", successor = "/api/v2/enterprises")
    void retiring() {
    }

    @Sunset(deprecatedOn = "2026-12-01", lastDay = "2027-06-30")
    void retiringWithoutSuccessor() {
    }

    @Test
    void deprecationIsTheDayInUnixSecondsAndSunsetTheEndOfTheLastDay() throws Exception {
        Map<String, String> headers = SunsetHeaders.of(getClass().getDeclaredMethod("retiring").getAnnotation(Sunset.class));
        assertEquals("@1796083200", headers.get("Deprecation"));
        assertEquals("Thu, 1 Jul 2027 00:00:00 GMT", headers.get("Sunset"));
        assertEquals("</api/v2/enterprises>; rel=\"successor-version\"", headers.get("Link"));
    }

    @Test
    void noLinkWithoutASuccessor() throws Exception {
        Map<String, String> headers = SunsetHeaders.of(getClass().getDeclaredMethod("retiringWithoutSuccessor")
                .getAnnotation(Sunset.class));
        assertEquals(java.util.Set.of("Deprecation", "Sunset"), headers.keySet());
    }
}
