package io.parksuite.enterprise.api;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.parksuite.platform.cache.RowChanges;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.ReadCacheProbe;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET by USCC from the read cache: served without the database once read, and never stale after a
 * change, whether this instance made it, another instance did (a write straight to the database
 * stands for it), or it was made while the cache's listener was disconnected.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class EnterpriseReadCacheServiceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    RowChanges rowChanges;

    @Test
    void aSecondReadIsServedFromTheCache() {
        String uscc = register("缓存读取企业");
        awaitListening();
        read(uscc).body("name", equalTo("缓存读取企业"));
        double hits = hits();
        read(uscc).body("name", equalTo("缓存读取企业"));
        assertEquals(hits + 1, hits());
    }

    @Test
    void aChangeCommittedByAnotherInstanceReachesTheNextReads() throws SQLException {
        String uscc = register("他处改名前企业");
        awaitListening();
        read(uscc).body("name", equalTo("他处改名前企业"));
        read(uscc).header("ETag", equalTo("\"0\""));
        write("update enterprise set name = '他处改名后企业', version = version + 1 where uscc = ?", uscc);
        await().atMost(ReadCacheProbe.NOTIFIED_WITHIN).untilAsserted(() -> read(uscc)
                .body("name", equalTo("他处改名后企业"))
                .header("ETag", equalTo("\"1\"")));
    }

    @Test
    void thisInstancesOwnWriteIsReadBackAtOnce() {
        String uscc = register("本实例改联系人企业");
        awaitListening();
        read(uscc).header("ETag", equalTo("\"0\""));
        given().auth().oauth2(TestTokens.forRole("park-admin"))
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("""
                        {"person": "李娜", "phone": "0731-88880000"}""")
                .when().put("/api/v1/enterprises/" + uscc + "/contact")
                .then().statusCode(200);
        read(uscc).header("ETag", equalTo("\"1\"")).body("contact.person", equalTo("李娜"));
    }

    @Test
    void aChangeMadeWhileTheListenerWasDisconnectedIsNotMissed() throws SQLException {
        String uscc = register("断连期间改名前企业");
        awaitListening();
        read(uscc).body("name", equalTo("断连期间改名前企业"));
        read(uscc).body("name", equalTo("断连期间改名前企业"));
        write("select pg_terminate_backend(pid) from pg_stat_activity"
                + " where application_name = ? and datname = current_database() and usename = current_user",
                RowChanges.APPLICATION_NAME);
        write("update enterprise set name = '断连期间改名后企业', version = version + 1 where uscc = ?", uscc);
        await().atMost(ReadCacheProbe.NOTIFIED_WITHIN)
                .untilAsserted(() -> read(uscc).body("name", equalTo("断连期间改名后企业")));
        awaitListening();
        read(uscc).body("name", equalTo("断连期间改名后企业"));
        double hits = hits();
        read(uscc).body("name", equalTo("断连期间改名后企业"));
        assertTrue(hits() > hits, "reads are served from the cache again once the listener is back");
    }

    private ValidatableResponse read(String uscc) {
        return given().auth().oauth2(TestTokens.forRole("park-admin"))
                .when().get("/api/v1/enterprises/" + uscc)
                .then().statusCode(200);
    }

    private void awaitListening() {
        await().atMost(ReadCacheProbe.NOTIFIED_WITHIN).until(rowChanges::listening);
    }

    private double hits() {
        return ReadCacheProbe.hits(registry, "enterprise");
    }

    private void write(String sql, String parameter) throws SQLException {
        ReadCacheProbe.writeElsewhere(dataSource, sql, parameter);
    }
}
