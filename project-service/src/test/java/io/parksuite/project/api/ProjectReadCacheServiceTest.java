package io.parksuite.project.api;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.parksuite.platform.cache.RowChanges;
import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.ReadCacheProbe;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * GET project by id from the read cache: a second read is served without the database, a transition is
 * read back at once, a change made by another instance (a write straight to the database stands for it)
 * reaches the next reads, and an enterprise user still reads only its own enterprise's projects.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class ProjectReadCacheServiceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    RowChanges rowChanges;

    @Test
    void readsAreServedFromTheCacheAndEachIsAuthorized() {
        String investor = TestUscc.random();
        String id = ProjectRequests.createFor(investor, "缓存读取项目", "LEAD", LocalDate.of(2026, 3, 2));
        await().atMost(ReadCacheProbe.NOTIFIED_WITHIN).until(rowChanges::listening);
        read("park-leader", id).body("name", equalTo("缓存读取项目"));
        double hits = hits();
        given().auth().oauth2(TestTokens.forEnterprise(investor)).when().get("/api/v1/projects/{id}", id)
                .then().statusCode(200).body("name", equalTo("缓存读取项目"));
        assertEquals(hits + 1, hits());
        given().auth().oauth2(TestTokens.forEnterprise(TestUscc.random())).when().get("/api/v1/projects/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void transitionsAndChangesByAnotherInstanceReachTheNextReads() throws SQLException {
        String id = ProjectRequests.createFor(TestUscc.random(), "他处改名前项目", "LEAD", LocalDate.of(2026, 3, 2));
        await().atMost(ReadCacheProbe.NOTIFIED_WITHIN).until(rowChanges::listening);
        read("park-leader", id).body("stage", equalTo("LEAD"));
        ProjectRequests.transition(id, "NEGOTIATING", LocalDate.of(2026, 3, 9), null).statusCode(200);
        long version = ProjectRequests.version(id);
        read("park-leader", id).body("stage", equalTo("NEGOTIATING")).body("version", equalTo((int) version));

        ReadCacheProbe.writeElsewhere(dataSource,
                "update project set name = '他处改名后项目', version = version + 1 where id = ?", UUID.fromString(id));
        await().atMost(ReadCacheProbe.NOTIFIED_WITHIN).untilAsserted(() -> read("park-leader", id)
                .body("name", equalTo("他处改名后项目"))
                .header("ETag", equalTo("\"" + (version + 1) + "\"")));
    }

    private static ValidatableResponse read(String role, String id) {
        return given().auth().oauth2(TestTokens.forRole(role)).when().get("/api/v1/projects/{id}", id).then().statusCode(200);
    }

    private double hits() {
        return ReadCacheProbe.hits(registry, "project");
    }
}
