package io.parksuite.enterprise.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.parksuite.enterprise.EnterpriseRequests.outboxRowsFor;
import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dated, sourced valuations (估值): checked on the way in, listed newest first, the latest one published. */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class ValuationServiceTest {

    private static final String UPDATED = "parksuite.enterprise.updated.v1";
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    EventSchemas schemas;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void theLatestValuationGoesIntoTheRecordAndItsUpdatedEvent() throws Exception {
        String uscc = register("估值独角兽候选企业");
        record("gov-system", uscc, "1200000000", "USD", "2019-10-21", "2019年胡润全球独角兽榜").statusCode(201)
                .body("amount", equalTo(1200000000))
                .body("currency", equalTo("USD"))
                .body("valuedOn", equalTo("2019-10-21"))
                .body("source", equalTo("2019年胡润全球独角兽榜"))
                .body("recordedBy", equalTo("test-gov-system"));

        JsonNode updated = lastEvent(uscc);
        assertEquals("[\"valuation\"]", updated.get("changedFields").toString());
        assertEquals(0, new BigDecimal("1200000000").compareTo(updated.get("valuation").get("amount").decimalValue()));
        assertEquals("USD", updated.get("valuation").get("currency").asText());
        assertEquals("2019-10-21", updated.get("valuation").get("valuedOn").asText());
        assertEquals("2019年胡润全球独角兽榜", updated.get("valuation").get("source").asText());
        assertEquals(1, updated.get("aggregateVersion").asInt());

        record("park-admin", uscc, "8500000000.50", "CNY", "2020-06-30", "C轮融资（红杉中国领投）").statusCode(201);
        JsonNode newer = lastEvent(uscc);
        assertEquals("CNY", newer.get("valuation").get("currency").asText());
        assertEquals("C轮融资（红杉中国领投）", newer.get("valuation").get("source").asText());
        assertEquals(2, newer.get("aggregateVersion").asInt());

        given().config(EXACT).auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(200)
                .body("valuation.amount", equalTo(new BigDecimal("8500000000.50")))
                .body("valuation.currency", equalTo("CNY"))
                .body("valuation.valuedOn", equalTo("2020-06-30"))
                .header("ETag", equalTo("\"2\""));
    }

    @Test
    void anOlderValuationIsListedButChangesNeitherTheRecordNorTheEvents() {
        String uscc = register("补录历史估值企业");
        record("gov-system", uscc, "1000000000", "USD", "2019-10-21", "2019年胡润全球独角兽榜").statusCode(201);
        long events = outboxRowsFor(uscc);
        record("gov-system", uscc, "600000000", "USD", "2018-03-01", "B轮融资").statusCode(201);
        assertEquals(events, outboxRowsFor(uscc), "a backfilled older valuation is not the latest: no event");

        given().auth().oauth2(TestTokens.forRole("statistician")).when().get("/api/v1/enterprises/{uscc}/valuations", uscc)
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("valuedOn", contains("2019-10-21", "2018-03-01"))
                .body("source", contains("2019年胡润全球独角兽榜", "B轮融资"));
        given().auth().oauth2(TestTokens.forRole("park-admin")).when().get("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(200).body("valuation.valuedOn", equalTo("2019-10-21")).body("version", equalTo(1));
    }

    @Test
    void badValuationsAreProblemsNamingTheField() {
        String uscc = register("估值校验企业");
        record("park-admin", uscc, "0", "USD", "2019-10-21", "胡润榜").statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422)).body("errors[0].field", equalTo("amount"));
        record("park-admin", uscc, "100", "EUR", "2019-10-21", "胡润榜").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("currency"))
                .body("errors[0].message", startsWith("must be one of"));
        record("park-admin", uscc, "100", "USD", LocalDate.now().plusDays(3).toString(), "胡润榜").statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("valuedOn"))
                .body("errors[0].message", startsWith("is in the future"));
        record("park-admin", uscc, "100", "USD", "2019-10-21", " ").statusCode(422)
                .body("errors[0].field", equalTo("source"));
        record("park-admin", uscc, "100", "USD", "2019-10-21", "榜".repeat(201)).statusCode(422)
                .body("errors[0].field", equalTo("source"));
        record("park-admin", uscc, "100", "USD", "2019-10-21", "榜".repeat(200)).statusCode(201);
        given().auth().oauth2(TestTokens.forRole("park-admin")).contentType(ContentType.JSON)
                .body("""
                        {"currency": "USD", "valuedOn": "2019-10-21", "source": "胡润榜"}""")
                .when().post("/api/v1/enterprises/{uscc}/valuations", uscc)
                .then().statusCode(422).body("errors[0].field", equalTo("amount"));
    }

    @Test
    void anUnknownEnterpriseIs404() {
        String unknown = TestUscc.random();
        record("park-admin", unknown, "100", "USD", "2019-10-21", "胡润榜").statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", equalTo("No enterprise with USCC " + unknown));
        given().auth().oauth2(TestTokens.forRole("park-admin")).when().get("/api/v1/enterprises/{uscc}/valuations", unknown)
                .then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    void onlyRegistrarsRecordAndAnEnterpriseReadsItsOwnWithoutTheLogins() {
        String uscc = register("估值权限企业");
        String other = register("估值他方企业");
        for (String role : List.of("park-leader", "investment-officer", "statistician", "service-manager")) {
            record(role, uscc, "100", "USD", "2019-10-21", "胡润榜").statusCode(403).body("status", equalTo(403));
        }
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).contentType(ContentType.JSON)
                .body("""
                        {"amount": 100, "currency": "USD", "valuedOn": "2019-10-21", "source": "自报估值"}""")
                .when().post("/api/v1/enterprises/{uscc}/valuations", uscc).then().statusCode(403);
        record("gov-system", uscc, "100", "USD", "2019-10-21", "胡润榜").statusCode(201);

        given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get("/api/v1/enterprises/{uscc}/valuations", uscc)
                .then().statusCode(200).body("", hasSize(1)).body("[0].source", equalTo("胡润榜"))
                .body("[0].recordedBy", nullValue());
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get("/api/v1/enterprises/{uscc}/valuations", other)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forRole("approval-officer")).when().get("/api/v1/enterprises/{uscc}/valuations", uscc)
                .then().statusCode(403);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsOneValuation() {
        String uscc = register("估值幂等企业");
        String key = "valuation-" + uscc;
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.forRole("gov-system")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body("""
                            {"amount": 1500000000, "currency": "USD", "valuedOn": "2019-10-21", "source": "胡润榜"}""")
                    .when().post("/api/v1/enterprises/{uscc}/valuations", uscc).then().statusCode(201);
        }
        given().auth().oauth2(TestTokens.forRole("gov-system")).when().get("/api/v1/enterprises/{uscc}/valuations", uscc)
                .then().statusCode(200).body("", hasSize(1));
    }

    private static ValidatableResponse record(String role, String uscc, String amount, String currency, String valuedOn,
                                              String source) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                .body("""
                        {"amount": %s, "currency": "%s", "valuedOn": "%s", "source": "%s"}"""
                        .formatted(amount, currency, valuedOn, source))
                .when().post("/api/v1/enterprises/{uscc}/valuations", uscc).then();
    }

    private JsonNode lastEvent(String uscc) throws Exception {
        OutboxEvent event = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "aggregateId = ?1 and type = ?2 order by position desc", uscc, UPDATED).firstResult());
        assertTrue(event != null, "no " + UPDATED + " for " + uscc);
        JsonNode payload = objectMapper.readTree(event.payload);
        assertEquals(List.of(), schemas.violations(UPDATED, payload));
        return payload;
    }
}
