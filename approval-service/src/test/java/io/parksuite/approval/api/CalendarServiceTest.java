package io.parksuite.approval.api;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.testing.KafkaTestBroker;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.parksuite.approval.ApprovalFixtures.as;
import static io.parksuite.approval.ApprovalFixtures.manager;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class CalendarServiceTest {

    @Test
    void theShippedNoticesDriveWorkingDayComputations() {
        as("enterprise").get("/api/v1/approval/calendar/2019").then().statusCode(200)
                .body("covered", equalTo(true))
                .body("days.find { it.date == '2019-02-02' }.type", equalTo("WORKDAY"))
                .body("days.findAll { it.name == '春节' }.size()", equalTo(7));
        as("enterprise").queryParam("from", "2019-01-31").queryParam("days", 4).queryParam("to", "2019-02-11")
                .get("/api/v1/approval/calendar/working-days").then().statusCode(200)
                .body("deadline", equalTo("2019-02-11")).body("between", equalTo(4));
        as("enterprise").queryParam("from", "2019-13-01").get("/api/v1/approval/calendar/working-days").then()
                .statusCode(422).body("errors[0].field", equalTo("from"));
    }

    @Test
    void anAdministratorLoadsANewYearThatTakesEffectAtOnce() {
        as("enterprise").get("/api/v1/approval/calendar/2031").then().statusCode(200).body("covered", equalTo(false));
        as("enterprise").queryParam("from", "2030-12-31").queryParam("days", 1)
                .get("/api/v1/approval/calendar/working-days").then().body("deadline", equalTo("2031-01-01"));

        String notice = "date,type,name\n2031-01-01,HOLIDAY,元旦\n2031-01-02,HOLIDAY,元旦\n2031-01-05,WORKDAY,元旦调休\n";
        as("enterprise").contentType("text/csv").body(notice).put("/api/v1/approval/calendar/2031").then().statusCode(403);
        manager().contentType("text/csv").body("2031-01-01,HOLIDAY,元旦\n2031-01-0x,HOLIDAY,坏\n")
                .put("/api/v1/approval/calendar/2031").then().statusCode(422)
                .body("errors[0].field", equalTo("rows[2]"));
        manager().contentType("text/csv").body("2031-01-06,WORKDAY,周一\n").put("/api/v1/approval/calendar/2031")
                .then().statusCode(422).body("errors[0].message", containsString("weekday"));
        manager().contentType("text/csv").body("2031-01-01,HOLIDAY,元旦\n2031-01-01,HOLIDAY,元旦\n")
                .put("/api/v1/approval/calendar/2031").then().statusCode(422)
                .body("errors[0].message", containsString("twice"));
        manager().contentType("text/csv").body("2032-01-01,HOLIDAY,元旦\n").put("/api/v1/approval/calendar/2031")
                .then().statusCode(422);

        as("park-admin").contentType("text/csv").body(notice).put("/api/v1/approval/calendar/2031").then().statusCode(200)
                .body("covered", equalTo(true)).body("days.size()", equalTo(3));
        // Tue 2030-12-31 + 1 working day: 01-01 and 01-02 are holidays, Sat 01-04 a rest day, Sun 01-05 a make-up workday.
        as("enterprise").queryParam("from", "2030-12-31").queryParam("days", 2)
                .get("/api/v1/approval/calendar/working-days").then().body("deadline", equalTo("2031-01-05"));
        manager().contentType("text/csv").body("2031-01-01,HOLIDAY,元旦\n").put("/api/v1/approval/calendar/2031")
                .then().statusCode(200).body("days.size()", equalTo(1));
        as("enterprise").get("/api/v1/approval/calendar/2031").then().body("days.date", contains("2031-01-01"));
    }

    @Test
    void unboundedDatesAndRangesAreRefusedAtOnceNamingTheParameter() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            as("enterprise").urlEncodingEnabled(false)
                    .queryParam("from", "-999999999-01-01").queryParam("to", "%2B999999999-12-30")
                    .get("/api/v1/approval/calendar/working-days").then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
            as("enterprise").queryParam("from", "2026-01-01").queryParam("to", "2099-12-31")
                    .get("/api/v1/approval/calendar/working-days").then().statusCode(422)
                    .body("errors[0].field", equalTo("to"));
            as("enterprise").queryParam("from", "2099-12-30").queryParam("days", 5)
                    .get("/api/v1/approval/calendar/working-days").then().statusCode(200);
            as("enterprise").queryParam("from", "2026-01-01").queryParam("days", 3651)
                    .get("/api/v1/approval/calendar/working-days").then().statusCode(422)
                    .body("errors[0].field", equalTo("days"));
            as("enterprise").get("/api/v1/approval/calendar/999999999").then().statusCode(422)
                    .body("errors[0].field", equalTo("year"));
            manager().contentType("text/csv").body("1900-01-01,HOLIDAY,x\n").put("/api/v1/approval/calendar/1900").then()
                    .statusCode(422).body("errors[0].field", equalTo("year"));
            StringBuilder tooLong = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                tooLong.append("2031-01-01,HOLIDAY,元旦\n");
            }
            manager().contentType("text/csv").body(tooLong.toString()).put("/api/v1/approval/calendar/2031").then()
                    .statusCode(422).body("errors[0].field", equalTo("body"));
        });
    }
}
