package io.parksuite.approval.api;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.platform.cache.RowChanges;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.ReadCacheProbe;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static io.parksuite.approval.ApprovalFixtures.createItem;
import static io.parksuite.approval.ApprovalFixtures.enterprise;
import static io.parksuite.approval.ApprovalFixtures.manager;
import static io.parksuite.approval.ApprovalFixtures.officer;
import static io.parksuite.approval.ApprovalFixtures.step;
import static io.parksuite.approval.ApprovalFixtures.submitted;
import static io.parksuite.approval.ApprovalFixtures.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * GET application by id from the read cache: a second read is served without the database, a step is
 * read back at once, a change of the application or of one of its tasks made by another instance (a
 * write straight to the database stands for it) reaches the next reads, and every read is still
 * authorized: the cache never hands one enterprise's application to another.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ApplicationReadCacheServiceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    RowChanges rowChanges;

    @Test
    void readsAreServedFromTheCacheAndEachIsAuthorized() {
        String uscc = TestUscc.random();
        String item = unique("cache-item");
        createItem(item, unique("dept"), 20, 5);
        String id = submitted(uscc, item, null, List.of(item + "-main"));
        await().atMost(ReadCacheProbe.NOTIFIED_WITHIN).until(rowChanges::listening);
        read(manager(), id).body("status", equalTo("SUBMITTED"));
        double hits = hits();
        read(enterprise(uscc), id).body("status", equalTo("SUBMITTED"));
        assertEquals(hits + 1, hits());
        enterprise(TestUscc.random()).get("/api/v1/approval/applications/" + id).then().statusCode(404);
        officer(unique("other-dept")).get("/api/v1/approval/applications/" + id).then().statusCode(404);
    }

    @Test
    void stepsAndChangesByAnotherInstanceReachTheNextReads() throws SQLException {
        String uscc = TestUscc.random();
        String item = unique("cache-item");
        String dept = unique("dept");
        createItem(item, dept, 20, 5);
        String id = submitted(uscc, item, null, List.of(item + "-main"));
        await().atMost(ReadCacheProbe.NOTIFIED_WITHIN).until(rowChanges::listening);
        read(manager(), id).body("status", equalTo("SUBMITTED"));
        step(manager(), id, "accept", null).statusCode(200);
        read(manager(), id).body("status", equalTo("IN_REVIEW")).body("tasks.department", contains(dept));

        write("update application set applicant_name = '他处改名申请人', version = version + 1 where id = ?", id);
        await().atMost(ReadCacheProbe.NOTIFIED_WITHIN)
                .untilAsserted(() -> read(manager(), id).body("applicantName", equalTo("他处改名申请人")));
        write("update application_task set opinion = '他处写下的意见' where application_id = ?", id);
        await().atMost(ReadCacheProbe.NOTIFIED_WITHIN)
                .untilAsserted(() -> read(manager(), id).body("tasks[0].opinion", equalTo("他处写下的意见")));
    }

    private static ValidatableResponse read(RequestSpecification who, String id) {
        return who.get("/api/v1/approval/applications/" + id).then().statusCode(200);
    }

    private double hits() {
        return ReadCacheProbe.hits(registry, "application");
    }

    private void write(String sql, String id) throws SQLException {
        ReadCacheProbe.writeElsewhere(dataSource, sql, UUID.fromString(id));
    }
}
