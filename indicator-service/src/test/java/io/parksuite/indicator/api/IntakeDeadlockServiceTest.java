package io.parksuite.indicator.api;

import io.agroal.api.AgroalDataSource;
import io.parksuite.indicator.Registry;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bulk intake that PostgreSQL picks as the victim of a deadlock (40P01) is tried again in a new
 * transaction and answers 200, its reports stored once, instead of a 500.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class IntakeDeadlockServiceTest {

    @Inject
    Registry registry;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anIntakeThatLosesADeadlockIsTriedAgainAndStoredOnce() throws Exception {
        List<String> usccs = List.of(TestUscc.random(), TestUscc.random()).stream().sorted().toList();
        String first = usccs.get(0);
        String second = usccs.get(1);
        usccs.forEach(uscc -> registry.apply(Registry.snapshot(uscc, 1).street("DL_STREET").aboveScale(1999)));

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            lock(other, second);
            CompletableFuture<Response> intake = CompletableFuture.supplyAsync(() ->
                    given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                            .body("""
                                    [{"uscc":"%s","period":"1999-03","status":"PRELIMINARY","outputValueYuan":100,
                                      "salesOutputYuan":100,"revenueYuan":100,"taxYuan":10,"employees":3},
                                     {"uscc":"%s","period":"1999-03","status":"PRELIMINARY","outputValueYuan":200,
                                      "salesOutputYuan":200,"revenueYuan":200,"taxYuan":20,"employees":4}]"""
                                    .formatted(first, second))
                            .when().post("/api/v1/statistical-reports/bulk"));
            await().atMost(Duration.ofSeconds(30)).until(this::intakeWaitsForALock);
            lock(other, first);
            other.commit();

            Response response = intake.get(60, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.asString());
            assertEquals(2, response.jsonPath().getInt("imported"));
        }
        for (String uscc : usccs) {
            given().auth().oauth2(TestTokens.forRole("statistician"))
                    .when().get("/api/v1/statistical-reports/{uscc}/1999-03/revisions", uscc)
                    .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(1));
        }
    }

    /** Locks the dimension row of {@code uscc}, waiting as long as another transaction holds it. */
    private static void lock(Connection connection, String uscc) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select uscc from enterprise_dimension where uscc = ? for update")) {
            select.setString(1, uscc);
            select.executeQuery().close();
        }
    }

    private boolean intakeWaitsForALock() throws SQLException {
        try (Connection probe = dataSource.getConnection();
             PreparedStatement select = probe.prepareStatement("""
                     select count(*) from pg_stat_activity
                      where datname = current_database() and wait_event_type = 'Lock'
                        and query like '%enterprise_dimension%for update%'""");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }
}
