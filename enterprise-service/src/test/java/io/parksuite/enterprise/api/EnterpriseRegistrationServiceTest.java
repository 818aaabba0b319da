package io.parksuite.enterprise.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.EventSchemas;
import static io.parksuite.enterprise.EnterpriseRequests.outboxRowsFor;
import static io.parksuite.enterprise.EnterpriseRequests.post;
import static io.parksuite.enterprise.EnterpriseRequests.register;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class EnterpriseRegistrationServiceTest {

    @Inject
    EventSchemas schemas;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void registeringPublishesTheSnapshotAsACloudEventKeyedByUscc() throws Exception {
        String uscc = TestUscc.random();

        post("park-admin", uscc, "湖南望城测试新材料有限公司").statusCode(201)
                .header("Location", endsWith("/api/v1/enterprises/" + uscc))
                .header("ETag", equalTo("\"0\""))
                .body("uscc", equalTo(uscc))
                .body("name", equalTo("湖南望城测试新材料有限公司"))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0));

        OutboxEvent outboxRow = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("aggregateId", uscc).singleResult());
        assertEquals("parksuite.enterprise.registered.v1", outboxRow.type);

        List<ConsumerRecord<String, String>> records = TopicReader.read("enterprise.events",
                r -> uscc.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("1.0", TopicReader.header(record, "ce_specversion"));
        assertEquals(outboxRow.id.toString(), TopicReader.header(record, "ce_id"));
        assertEquals("/parksuite/enterprise-service", TopicReader.header(record, "ce_source"));
        assertEquals("parksuite.enterprise.registered.v1", TopicReader.header(record, "ce_type"));
        assertEquals(uscc, TopicReader.header(record, "ce_subject"));
        assertNotNull(TopicReader.header(record, "ce_time"));
        assertEquals("application/json", TopicReader.header(record, "content-type"));

        JsonNode payload = objectMapper.readTree(record.value());
        assertEquals(List.of(), schemas.violations("parksuite.enterprise.registered.v1", payload));
        assertEquals(uscc, payload.get("uscc").asText());
        assertEquals("湖南望城测试新材料有限公司", payload.get("name").asText());
        assertEquals(0, payload.get("aggregateVersion").asLong());

        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("aggregateId", uscc).singleResult().publishedAt != null));
    }

    @Test
    void theRecordCanBeReadBackWithItsVersionAsETag() {
        String uscc = register("望城经开区读取测试企业");

        given().auth().oauth2(TestTokens.forRole("park-leader"))
                .when().get("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("uscc", equalTo(uscc))
                .body("name", equalTo("望城经开区读取测试企业"));
    }

    @Test
    void aDuplicateUsccIsAConflictAndPublishesNothingMore() {
        String uscc = register("重复登记测试企业");

        post("park-admin", uscc, "另一个名字").statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString(uscc));

        assertEquals(1L, outboxRowsFor(uscc));
        given().auth().oauth2(TestTokens.forRole("park-admin"))
                .when().get("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(200).body("name", equalTo("重复登记测试企业"));
    }

    @Test
    void aWrongCheckCharacterIsRejectedWithAFieldErrorAndWritesNothing() {
        String uscc = TestUscc.withWrongCheckCharacter();

        post("park-admin", uscc, "校验码错误企业").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://parksuite.example/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("uscc"))
                .body("errors[0].message", containsString("check character mismatch: expected " + expectedCheck(uscc)));

        assertEquals(0L, outboxRowsFor(uscc));
        given().auth().oauth2(TestTokens.forRole("park-admin"))
                .when().get("/api/v1/enterprises/{uscc}", uscc)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyInvalidFieldIsListed() {
        post("park-admin", "91350100m000100y43", " ").statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("name", "uscc"))
                .body("errors[1].message", containsString("no lowercase"));
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        given().auth().oauth2(TestTokens.forRole("park-admin")).contentType(ContentType.JSON)
                .body("{\"uscc\": \"91350100M000100Y43\", \"name\": ")
                .when().post("/api/v1/enterprises")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request"))
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void anEnterpriseUserReadsOnlyItsOwnRecordAndOthersDoNotExistForIt() {
        String own = register("自有记录企业");
        String other = register("其他企业");

        given().auth().oauth2(TestTokens.forEnterprise(own))
                .when().get("/api/v1/enterprises/{uscc}", own)
                .then().statusCode(200).body("uscc", equalTo(own));
        given().auth().oauth2(TestTokens.forEnterprise(own))
                .when().get("/api/v1/enterprises/{uscc}", other)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static char expectedCheck(String uscc) {
        char check = io.parksuite.platform.uscc.Uscc.checkCharacter(uscc);
        assertTrue(check != uscc.charAt(17));
        return check;
    }
}
