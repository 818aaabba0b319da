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
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class EnterpriseClassificationServiceTest {

    @Inject
    EventSchemas schemas;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void theChainsAndDesignationTypesAreReferenceData() {
        reader().when().get("/api/v1/registry/chains").then().statusCode(200)
                .body("", hasSize(8))
                .body("findAll { it.kind == 'LEADING' }.name", contains("电子信息", "食品加工", "有色金属新材料暨先进制造"));
        reader().when().get("/api/v1/registry/designation-types").then().statusCode(200)
                .body("find { it.code == 'ABOVE_SCALE_INDUSTRY' }.criteria", org.hamcrest.Matchers.containsString("2000万元"));
    }

    @Test
    void chainMembershipIsEffectiveDatedAndPublished() throws Exception {
        String uscc = register("产业链成员企业");
        join(uscc, "ELECTRONIC_INFORMATION", "2019-07-01").statusCode(201)
                .body("chainCode", equalTo("ELECTRONIC_INFORMATION"))
                .body("validTo", nullValue());
        join(uscc, "ELECTRONIC_INFORMATION", "2020-01-01").statusCode(409);
        join(uscc, "SPACE_TOURISM", "2020-01-01").statusCode(422).body("errors[0].field", equalTo("chainCode"));

        JsonNode updated = lastEvent(uscc, "parksuite.enterprise.updated.v1");
        assertEquals("chains", updated.get("changedFields").get(0).asText());
        assertEquals("ELECTRONIC_INFORMATION", updated.get("chains").get(0).get("code").asText());
        assertEquals(1, updated.get("aggregateVersion").asInt());

        reader().queryParam("chain", "ELECTRONIC_INFORMATION").queryParam("q", "产业链成员企业").queryParam("size", 200)
                .when().get("/api/v1/enterprises").then().statusCode(200).body("items.uscc", hasItem(uscc));

        admin().contentType(ContentType.JSON).body("""
                        {"validTo": "2019-01-01"}""")
                .when().post("/api/v1/enterprises/{uscc}/chains/ELECTRONIC_INFORMATION/end", uscc)
                .then().statusCode(422).body("errors[0].field", equalTo("validTo"));
        admin().contentType(ContentType.JSON).body("""
                        {"validTo": "%s"}""".formatted(LocalDate.now().minusDays(1)))
                .when().post("/api/v1/enterprises/{uscc}/chains/ELECTRONIC_INFORMATION/end", uscc)
                .then().statusCode(200).body("validTo", equalTo(LocalDate.now().minusDays(1).toString()));

        reader().queryParam("chain", "ELECTRONIC_INFORMATION").queryParam("q", "产业链成员企业").queryParam("size", 200)
                .when().get("/api/v1/enterprises").then().statusCode(200).body("items.uscc", not(hasItem(uscc)));
        reader().when().get("/api/v1/enterprises/{uscc}/chains", uscc).then().statusCode(200)
                .body("", hasSize(1)).body("[0].validFrom", equalTo("2019-07-01"));
    }

    @Test
    void designationsAreHeldPerYearWithEvidenceAndPublished() throws Exception {
        String uscc = register("高新技术认定企业");
        grant(uscc, "HIGH_TECH", 2019).statusCode(201)
                .body("certificateNumber", equalTo("GR201943000123"));
        grant(uscc, "HIGH_TECH", 2019).statusCode(409);
        grant(uscc, "HIGH_TECH", 2022).statusCode(201);
        grant(uscc, "NOBEL_PRIZE", 2019).statusCode(422).body("errors[0].field", equalTo("type"));

        JsonNode granted = lastEvent(uscc, "parksuite.enterprise.designation-granted.v1");
        assertEquals("HIGH_TECH", granted.get("granted").get("type").asText());
        assertEquals(2022, granted.get("granted").get("year").asInt());
        assertEquals(2, granted.get("designations").size());

        reader().queryParam("designation", "HIGH_TECH").queryParam("designationYear", 2019)
                .queryParam("q", "高新技术认定企业").queryParam("size", 200)
                .when().get("/api/v1/enterprises").then().statusCode(200).body("items.uscc", hasItem(uscc));
        reader().queryParam("designation", "HIGH_TECH").queryParam("designationYear", 2020)
                .queryParam("q", "高新技术认定企业").queryParam("size", 200)
                .when().get("/api/v1/enterprises").then().statusCode(200).body("items.uscc", not(hasItem(uscc)));
        reader().queryParam("designationYear", "twenty").when().get("/api/v1/enterprises")
                .then().statusCode(422).body("errors[0].field", equalTo("designationYear"));
    }

    @Test
    void anEnterpriseUserReadsItsOwnClassificationButCannotChangeIt() {
        String own = register("自查企业");
        String other = register("他查企业");
        given().auth().oauth2(TestTokens.forEnterprise(own)).when().get("/api/v1/enterprises/{uscc}/designations", own)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.forEnterprise(own)).when().get("/api/v1/enterprises/{uscc}/chains", other)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forEnterprise(own)).contentType(ContentType.JSON)
                .body("""
                        {"type": "UNICORN", "year": 2026}""")
                .when().post("/api/v1/enterprises/{uscc}/designations", own)
                .then().statusCode(403);
    }

    @Test
    void classifyingAnUnknownEnterpriseIs404() {
        join(TestUscc.random(), "FOOD_PROCESSING", "2020-01-01").statusCode(404);
    }

    private io.restassured.response.ValidatableResponse join(String uscc, String chain, String from) {
        return admin().contentType(ContentType.JSON)
                .body("""
                        {"chainCode": "%s", "validFrom": "%s"}""".formatted(chain, from))
                .when().post("/api/v1/enterprises/{uscc}/chains", uscc).then();
    }

    private io.restassured.response.ValidatableResponse grant(String uscc, String type, int year) {
        return given().auth().oauth2(TestTokens.forRole("gov-system")).contentType(ContentType.JSON)
                .body("""
                        {"type": "%s", "year": %d, "certificateNumber": "GR201943000123",
                         "validFrom": "2019-09-20", "validTo": "2022-09-19"}""".formatted(type, year))
                .when().post("/api/v1/enterprises/{uscc}/designations", uscc).then();
    }

    private JsonNode lastEvent(String uscc, String type) throws Exception {
        OutboxEvent event = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "aggregateId = ?1 and type = ?2 order by position desc", uscc, type).firstResult());
        JsonNode payload = objectMapper.readTree(event.payload);
        assertEquals(List.of(), schemas.violations(type, payload));
        return payload;
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }

    private static RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.forRole("statistician"));
    }
}
