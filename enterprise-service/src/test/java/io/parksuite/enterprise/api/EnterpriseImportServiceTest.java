package io.parksuite.enterprise.api;

import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.parksuite.enterprise.EnterpriseRequests.outboxRowsFor;
import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class EnterpriseImportServiceTest {

    private static final String CSV_HEADER =
            "uscc,name,legalRepresentative,registeredCapitalYuan,establishedOn,streetCode,industryCode,contactPerson,contactPhone\n";

    @Test
    void jsonRowsAreRegisteredWithTheirEvents() {
        String a = TestUscc.random();
        String b = TestUscc.random();
        gov().contentType("application/json")
                .body("""
                        [{"uscc": "%s", "name": "批量导入甲", "streetCode": "WUSHAN"},
                         {"uscc": "%s", "name": "批量导入乙", "contact": {"person": "王五"}}]""".formatted(a, b))
                .when().post("/api/v1/enterprises/bulk")
                .then().statusCode(200)
                .body("received", equalTo(2))
                .body("imported", equalTo(2))
                .body("errors", hasSize(0));
        reader().when().get("/api/v1/enterprises/{uscc}", b).then().statusCode(200)
                .body("name", equalTo("批量导入乙")).body("contact.person", equalTo("王五"));
        assertEquals(1L, outboxRowsFor(a));
    }

    @Test
    void anUploadsEventsTakeOutboxPositionsInRowOrder() {
        List<String> usccs = new ArrayList<>();
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < 12; i++) {
            String uscc = TestUscc.random();
            usccs.add(uscc);
            csv.append(uscc).append(",行序导入企业").append(i).append(",,,,,,,\n");
        }
        gov().contentType("text/csv; charset=UTF-8").body(csv.toString())
                .when().post("/api/v1/enterprises/bulk")
                .then().statusCode(200).body("imported", equalTo(12));

        List<String> inPositionOrder = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                        "aggregateId in ?1 order by position", usccs).stream()
                .map(event -> event.aggregateId).toList());
        assertEquals(usccs, inPositionOrder, "one event per row, published in the upload's order");
    }

    @Test
    void csvRowsWithChineseTextAndAByteOrderMarkAreRegistered() {
        String a = TestUscc.random();
        String csv = "\uFEFF" + CSV_HEADER
                + a + ",湖南望城CSV导入有限公司,张三,12000000.00,2015-03-18,HUANGJINYUAN,1495,李四,0731-12345678\n";
        gov().contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/enterprises/bulk")
                .then().statusCode(200).body("imported", equalTo(1));
        reader().when().get("/api/v1/enterprises/{uscc}", a).then().statusCode(200)
                .body("name", equalTo("湖南望城CSV导入有限公司"))
                .body("registeredCapitalYuan", equalTo(12000000.0f))
                .body("establishedOn", equalTo("2015-03-18"))
                .body("contact.phone", equalTo("0731-12345678"));
    }

    @Test
    void oneBadRowRejectsTheWholeRequestWithEveryRowNamed() {
        String first = TestUscc.random();
        String existing = register("已存在的企业");
        String csv = CSV_HEADER
                + first + ",正常企业,,,,,,,\n"
                + TestUscc.withWrongCheckCharacter() + ",校验码错误,,,,,,,\n"
                + first + ",重复行,,,,,,,\n"
                + existing + ",已登记,,,,,,,\n"
                + TestUscc.random() + ",街道错误,,,,NOWHERE,,,\n"
                + TestUscc.random() + ",,,,,,,,\n";
        gov().contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/enterprises/bulk")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was written"))
                .body("errors.field", contains("rows[2].uscc", "rows[3].uscc", "rows[4].uscc", "rows[5].streetCode",
                        "rows[6].name"));
        reader().when().get("/api/v1/enterprises/{uscc}", first).then().statusCode(404);
    }

    @Test
    void withAtomicFalseTheValidRowsAreRegisteredAndTheOthersReported() {
        String good = TestUscc.random();
        String csv = CSV_HEADER + good + ",部分导入企业,,,,,,,\n" + "91350100M000100Y4Z,字符错误,,,,,,,\n";
        gov().contentType("text/csv; charset=UTF-8").queryParam("atomic", false).body(csv)
                .when().post("/api/v1/enterprises/bulk")
                .then().statusCode(200)
                .body("imported", equalTo(1))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("uscc"));
        reader().when().get("/api/v1/enterprises/{uscc}", good).then().statusCode(200);
    }

    @Test
    void anAtomicFlagThatIsNeitherTrueNorFalseIsRefusedAndNothingIsRegistered() {
        String good = TestUscc.random();
        String csv = CSV_HEADER + good + ",标志错误企业,,,,,,,\n" + "91350100M000100Y4Z,字符错误,,,,,,,\n";
        gov().contentType("text/csv; charset=UTF-8").queryParam("atomic", "' OR 1=1").body(csv)
                .when().post("/api/v1/enterprises/bulk")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("atomic"))
                .body("errors[0].message", equalTo("must be true or false"));
        reader().when().get("/api/v1/enterprises/{uscc}", good).then().statusCode(404);
    }

    @Test
    void unreadableRowsAndOversizedRequestsAreRefusedAsAWhole() {
        String csv = CSV_HEADER + TestUscc.random() + ",金额错误,,lots,,,,,\n";
        gov().contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/enterprises/bulk")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("rows[1]"));
        String tooMany = IntStream.range(0, 10_001).mapToObj(i -> "{\"uscc\":\"x\",\"name\":\"n\"}")
                .collect(Collectors.joining(",", "[", "]"));
        gov().contentType("application/json").body(tooMany)
                .when().post("/api/v1/enterprises/bulk")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("rows"))
                .body("errors[0].message", containsString("10000"));
    }

    @Test
    void aRetriedUploadWithTheSameKeyRegistersOnce() {
        String uscc = TestUscc.random();
        String csv = CSV_HEADER + uscc + ",重试上传企业,,,,,,,\n";
        for (int attempt = 0; attempt < 2; attempt++) {
            gov().header("Idempotency-Key", "upload-" + uscc).contentType("text/csv; charset=UTF-8").body(csv)
                    .when().post("/api/v1/enterprises/bulk")
                    .then().statusCode(200).body("imported", equalTo(1));
        }
        assertEquals(1L, outboxRowsFor(uscc));
    }

    @Test
    void onlyAdminsAndGovernmentSystemsImport() {
        given().auth().oauth2(TestTokens.forRole("park-leader")).contentType("application/json").body("[]")
                .when().post("/api/v1/enterprises/bulk")
                .then().statusCode(403);
    }

    private static RequestSpecification gov() {
        return given().auth().oauth2(TestTokens.forRole("gov-system"));
    }

    private static RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }
}
