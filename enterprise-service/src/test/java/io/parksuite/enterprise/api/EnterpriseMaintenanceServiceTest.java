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

import java.util.List;

import static io.parksuite.enterprise.EnterpriseRequests.outboxRowsFor;
import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class EnterpriseMaintenanceServiceTest {

    @Inject
    EventSchemas schemas;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void theFullRecordIsStoredAndItsUsccDecoded() {
        String uscc = TestUscc.random();
        admin().contentType(ContentType.JSON)
                .body(fullBody(uscc, "湖南望城测试电池有限公司", "张伟", "WUSHAN"))
                .when().post("/api/v1/enterprises")
                .then().statusCode(201)
                .body("registrationArea.code", equalTo("430112"))
                .body("registrationArea.name", equalTo("望城区"))
                .body("organisationType.code", equalTo("91"))
                .body("organisationType.name", containsString("企业"))
                .body("legalRepresentative", equalTo("张伟"))
                .body("registeredCapitalYuan", equalTo(50000000.5f))
                .body("establishedOn", equalTo("2018-06-01"))
                .body("streetCode", equalTo("WUSHAN"))
                .body("industryCode", equalTo("3841"))
                .body("contact.phone", equalTo("0731-88888888"))
                .body("origin", equalTo("PROJECT"))
                .body("usccWarning", nullValue());
    }

    @Test
    void unknownReferenceCodesAreNamedFieldByFieldAndNothingIsWritten() {
        String uscc = TestUscc.random();
        admin().contentType(ContentType.JSON)
                .body(fullBody(uscc, "参考数据错误企业", "张伟", "NOWHERE").replace("\"3841\"", "\"00\""))
                .when().post("/api/v1/enterprises")
                .then().statusCode(422)
                .body("errors.field", contains("streetCode", "industryCode"));
        assertEquals(0L, outboxRowsFor(uscc));
    }

    @Test
    void aCheckCharacterMismatchIsAcceptedOnlyByExplicitOverrideAndStaysVisible() {
        String uscc = TestUscc.withWrongCheckCharacter();
        admin().contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "早期试点代码企业"}""".formatted(uscc))
                .when().post("/api/v1/enterprises")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("uscc"))
                .body("errors[0].message", containsString("checkCharacterOverride"));

        admin().contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "早期试点代码企业", "checkCharacterOverride": true}""".formatted(uscc))
                .when().post("/api/v1/enterprises")
                .then().statusCode(201)
                .body("usccWarning", containsString("check character mismatch"));
        admin().when().get("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(200).body("usccWarning", containsString("accepted by override"));
    }

    @Test
    void updatesNeedTheCurrentETagAndPublishWhatChanged() throws Exception {
        String uscc = register("待更新企业");

        admin().contentType(ContentType.JSON).body(fullBody(uscc, "待更新企业", "王芳", "BAISHAZHOU"))
                .when().put("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(428).contentType("application/problem+json");
        admin().header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(fullBody(uscc, "待更新企业", "王芳", "BAISHAZHOU"))
                .when().put("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(412).contentType("application/problem+json");

        admin().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(fullBody(uscc, "待更新企业", "王芳", "BAISHAZHOU"))
                .when().put("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("legalRepresentative", equalTo("王芳"))
                .body("version", equalTo(1));

        JsonNode updated = lastEvent(uscc, "parksuite.enterprise.updated.v1");
        assertEquals(1, updated.get("aggregateVersion").asInt());
        assertEquals("王芳", updated.get("legalRepresentative").asText());
        assertEquals(true, toList(updated.get("changedFields")).containsAll(
                List.of("legalRepresentative", "streetCode", "industryCode", "contact.phone")));

        admin().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(fullBody(uscc, "待更新企业", "王芳", "BAISHAZHOU"))
                .when().put("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        assertEquals(2L, outboxRowsFor(uscc), "an update that changes nothing publishes nothing");
    }

    @Test
    void theUsccInTheBodyMustBeTheOneInThePath() {
        String uscc = register("路径不符企业");
        admin().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(fullBody(TestUscc.random(), "路径不符企业", "张伟", "WUSHAN"))
                .when().put("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(422).body("errors[0].field", equalTo("uscc"));
    }

    @Test
    void statusChangesFollowTheLifecycleAndArePublished() throws Exception {
        String uscc = register("迁出测试企业");

        admin().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("""
                        {"status": "RELOCATED_OUT", "effectiveOn": "2026-10-31", "reason": "迁往长沙县"}""")
                .when().post("/api/v1/enterprises/{uscc}/status-changes", uscc)
                .then().statusCode(200)
                .body("status", equalTo("RELOCATED_OUT"))
                .body("statusChangedOn", equalTo("2026-10-31"))
                .body("statusReason", equalTo("迁往长沙县"));
        JsonNode event = lastEvent(uscc, "parksuite.enterprise.status-changed.v1");
        assertEquals("ACTIVE", event.get("previousStatus").asText());
        assertEquals("RELOCATED_OUT", event.get("status").asText());

        admin().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("""
                        {"status": "DEREGISTERED", "effectiveOn": "2026-11-01", "reason": "注销登记"}""")
                .when().post("/api/v1/enterprises/{uscc}/status-changes", uscc)
                .then().statusCode(200);
        admin().header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body("""
                        {"status": "ACTIVE", "effectiveOn": "2026-11-02", "reason": "误操作"}""")
                .when().post("/api/v1/enterprises/{uscc}/status-changes", uscc)
                .then().statusCode(409)
                .body("detail", containsString("DEREGISTERED"));
    }

    @Test
    void anEnterpriseUserMayEditOnlyItsOwnContact() {
        String own = register("自助维护企业");
        String other = register("他人企业");

        given().auth().oauth2(TestTokens.forEnterprise(own)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("""
                        {"person": "赵敏", "phone": "0731-12345678", "email": "zhao@example.cn"}""")
                .when().put("/api/v1/enterprises/{uscc}/contact", own)
                .then().statusCode(200)
                .body("contact.person", equalTo("赵敏"))
                .header("ETag", equalTo("\"1\""));
        given().auth().oauth2(TestTokens.forEnterprise(own)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("""
                        {"person": "赵敏"}""")
                .when().put("/api/v1/enterprises/{uscc}/contact", other)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forEnterprise(own)).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(fullBody(own, "自助维护企业", "冒名", "WUSHAN"))
                .when().put("/api/v1/enterprises/{uscc}", own)
                .then().statusCode(403);
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyCreatesOneRecord() {
        String uscc = TestUscc.random();
        String key = "sync-" + uscc;
        String body = """
                {"uscc": "%s", "name": "幂等登记企业"}""".formatted(uscc);
        String first = gov().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/enterprises")
                .then().statusCode(201).extract().asString();
        gov().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/enterprises")
                .then().statusCode(201)
                .header("Idempotency-Replayed", equalTo("true"))
                .header("Location", containsString(uscc))
                .body(equalTo(first));
        assertEquals(1L, outboxRowsFor(uscc));

        gov().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body.replace("幂等登记企业", "另一个请求"))
                .when().post("/api/v1/enterprises")
                .then().statusCode(422).body("title", equalTo("Idempotency-Key reused"));
    }

    @Test
    void theHistoryShowsEveryRevisionWithWhoWhenAndWhatChanged() {
        String uscc = register("历史记录企业");
        admin().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(fullBody(uscc, "历史记录企业", "王芳", "WUSHAN"))
                .when().put("/api/v1/enterprises/{uscc}", uscc).then().statusCode(200);
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("""
                        {"person": "新联系人", "phone": "0731-88888888", "email": "li@example.cn"}""")
                .when().put("/api/v1/enterprises/{uscc}/contact", uscc).then().statusCode(200);

        given().auth().oauth2(TestTokens.forRole("park-leader"))
                .when().get("/api/v1/enterprises/{uscc}/history", uscc)
                .then().statusCode(200)
                .body("version", contains(0, 1, 2))
                .body("kind", contains("CREATED", "UPDATED", "UPDATED"))
                .body("actor", contains("test-park-admin", "test-park-admin", "test-enterprise"))
                .body("[0].changes.find { it.field == 'name' }.to", equalTo("历史记录企业"))
                .body("[1].changes.find { it.field == 'legalRepresentative' }.from", nullValue())
                .body("[1].changes.find { it.field == 'legalRepresentative' }.to", equalTo("王芳"))
                .body("[2].changes.field", contains("contact.person"))
                .body("[2].changes[0].from", equalTo("李华"))
                .body("[2].changes[0].to", equalTo("新联系人"));

        given().auth().oauth2(TestTokens.forEnterprise(TestUscc.random()))
                .when().get("/api/v1/enterprises/{uscc}/history", uscc)
                .then().statusCode(404);
    }

    @Test
    void everyEventTheRegistryEmittedValidatesAgainstItsSchema() throws Exception {
        String uscc = register("契约校验企业");
        admin().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(fullBody(uscc, "契约校验企业", "张伟", "JINSHANQIAO"))
                .when().put("/api/v1/enterprises/{uscc}", uscc).then().statusCode(200);
        admin().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("""
                        {"status": "RELOCATED_OUT", "effectiveOn": "2026-10-31", "reason": "迁出"}""")
                .when().post("/api/v1/enterprises/{uscc}/status-changes", uscc).then().statusCode(200);

        List<OutboxEvent> emitted = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>listAll());
        assertEquals(true, emitted.stream().map(e -> e.type).distinct().count() >= 3);
        for (OutboxEvent event : emitted) {
            assertEquals(List.of(), schemas.violations(event.type, objectMapper.readTree(event.payload)),
                    event.type + " " + event.payload);
        }
    }

    private JsonNode lastEvent(String uscc, String type) throws Exception {
        OutboxEvent event = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "aggregateId = ?1 and type = ?2 order by position desc", uscc, type).firstResult());
        JsonNode payload = objectMapper.readTree(event.payload);
        assertEquals(List.of(), schemas.violations(type, payload));
        return payload;
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String fullBody(String uscc, String name, String legalRepresentative, String street) {
        return """
                {"uscc": "%s", "name": "%s", "nameEn": "Test Co., Ltd.", "legalRepresentative": "%s",
                 "registeredCapitalYuan": 50000000.50, "establishedOn": "2018-06-01",
                 "address": "长沙市望城区金星北路", "streetCode": "%s", "industryCode": "3841",
                 "contact": {"person": "李华", "phone": "0731-88888888", "email": "li@example.cn"},
                 "origin": "PROJECT", "originProjectId": "P-2019-001"}""".formatted(uscc, name, legalRepresentative, street);
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }

    private static RequestSpecification gov() {
        return given().auth().oauth2(TestTokens.forRole("gov-system"));
    }
}
