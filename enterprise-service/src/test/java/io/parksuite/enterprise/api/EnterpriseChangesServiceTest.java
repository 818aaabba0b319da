package io.parksuite.enterprise.api;

import io.agroal.api.AgroalDataSource;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class EnterpriseChangesServiceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReaderGetsEachChangedRecordOnceInItsLatestStateThenNothingMore() {
        String cursor = readToTheEnd(null).cursor();
        String a = register("变更源甲");
        String b = register("变更源乙");
        given().auth().oauth2(TestTokens.forRole("park-admin")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "变更源甲（更名）"}""".formatted(a))
                .when().put("/api/v1/enterprises/{uscc}", a).then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("park-admin")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("""
                        {"status": "RELOCATED_OUT", "effectiveOn": "2026-10-31", "reason": "迁出"}""")
                .when().post("/api/v1/enterprises/{uscc}/status-changes", b).then().statusCode(200);

        Feed feed = readToTheEnd(cursor);
        assertEquals(List.of(a, b), feed.usccs());
        assertEquals(List.of("变更源甲（更名）", "变更源乙"), feed.names());
        assertEquals(List.of("ACTIVE", "RELOCATED_OUT"), feed.statuses());

        Feed again = readToTheEnd(feed.cursor());
        assertEquals(List.of(), again.usccs());
        assertEquals(feed.cursor(), again.cursor());
    }

    @Test
    void aChangeCommittedLateIsNotSkipped() throws Exception {
        String slow = register("慢事务企业");
        String cursor = readToTheEnd(null).cursor();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "update enterprise set address = '长沙市望城区' where uscc = ?")) {
                update.setString(1, slow);
                update.executeUpdate();
            }
            String fast = register("快事务企业");

            Feed whileRunning = readToTheEnd(cursor);
            assertFalse(whileRunning.usccs().contains(fast), "a change after a running transaction waits for it");
            cursor = whileRunning.cursor();

            connection.commit();
            assertEquals(List.of(slow, fast), readToTheEnd(cursor).usccs());
        }
    }

    @Test
    void startingFromAnInstantAndBadParametersAreHandled() {
        reader().queryParam("updatedSince", "2999-01-01T00:00:00Z").when().get("/api/v1/enterprises/changes")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("hasMore", equalTo(false));
        reader().queryParam("cursor", "not-a-cursor!").when().get("/api/v1/enterprises/changes")
                .then().statusCode(422).body("errors[0].field", equalTo("cursor"));
        reader().queryParam("updatedSince", "yesterday").when().get("/api/v1/enterprises/changes")
                .then().statusCode(422).body("errors[0].field", equalTo("updatedSince"));
        reader().queryParam("size", 0).when().get("/api/v1/enterprises/changes")
                .then().statusCode(422).body("errors[0].field", equalTo("size"));
    }

    /** What a syncing system read: the records in feed order and where to continue. */
    record Feed(List<String> usccs, List<String> names, List<String> statuses, String cursor) {
    }

    private static Feed readToTheEnd(String cursor) {
        List<String> usccs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        boolean more = true;
        while (more) {
            RequestSpecification request = reader().queryParam("size", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/enterprises/changes").then().statusCode(200).extract().jsonPath();
            usccs.addAll(page.getList("items.uscc"));
            names.addAll(page.getList("items.name"));
            statuses.addAll(page.getList("items.status"));
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        return new Feed(usccs, names, statuses, cursor);
    }

    private static RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.forRole("gov-system"));
    }
}
