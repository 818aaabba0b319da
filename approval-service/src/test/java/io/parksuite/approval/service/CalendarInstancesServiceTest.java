package io.parksuite.approval.service;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.config.MovableClock;
import io.parksuite.testing.KafkaTestBroker;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.parksuite.approval.ApprovalFixtures.manager;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar with two instances: a year loaded through one instance (this application) is in force on
 * another (a second {@link Calendars} over the same database) at its next use, and concurrent loads of
 * one year all succeed, the last one in force.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class CalendarInstancesServiceTest {

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entityManager;

    @Test
    void aYearLoadedOnOneInstanceIsInForceOnTheOtherAtOnce() {
        Calendars other = new Calendars(clock, entityManager);
        LocalDate friday = LocalDate.of(2033, 1, 7);
        assertFalse(other.current().coveredYears().contains(2033));
        assertEquals(LocalDate.of(2033, 1, 10), other.current().addWorkingDays(friday, 1));

        manager().contentType("text/csv").body("2033-01-10,HOLIDAY,测试假日\n").put("/api/v1/approval/calendar/2033")
                .then().statusCode(200).body("covered", equalTo(true));

        assertTrue(other.current().coveredYears().contains(2033), "the other instance sees the new year");
        assertEquals(LocalDate.of(2033, 1, 11), other.current().addWorkingDays(friday, 1));
    }

    @Test
    void concurrentLoadsOfOneYearAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Response>> loads = new ArrayList<>();
        try {
            for (int i = 1; i <= 8; i++) {
                String notice = "2034-01-%02d,HOLIDAY,第%d版\n2034-01-%02d,HOLIDAY,第%d版\n".formatted(i, i, i + 10, i);
                loads.add(pool.submit(() -> manager().contentType("text/csv").body(notice)
                        .put("/api/v1/approval/calendar/2034")));
            }
            for (Future<Response> load : loads) {
                assertEquals(200, load.get(60, TimeUnit.SECONDS).statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        manager().get("/api/v1/approval/calendar/2034").then().statusCode(200).body("days.size()", equalTo(2));
    }
}
