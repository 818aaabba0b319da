package io.parksuite.enterprise.api;

import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OWASP API3 (broken object-property-level authorization): a body carrying fields its caller may
 * not set (ids, versions, status, timestamps, who did it, another enterprise's master data) changes
 * nothing of them, and an enterprise user's answers leave out the park staff's logins.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class MassAssignmentServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String SERVER_OWNED = """
            "status": "DEREGISTERED", "statusChangedOn": "2001-01-01", "statusReason": "伪造",
            "version": 42, "registeredAt": "2000-01-01T00:00:00Z", "updatedAt": "2000-01-01T00:00:00Z",
            "usccWarning": "伪造", "registrationArea": {"code": "110000", "name": "北京市"}""";

    @Test
    void registeringIgnoresServerOwnedFields() {
        OffsetDateTime start = OffsetDateTime.now().minusMinutes(1);
        String uscc = TestUscc.random();
        String registeredAt = admin().contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "name": "批量赋值企业", %s}""".formatted(uscc, SERVER_OWNED))
                .when().post("/api/v1/enterprises").then().statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("statusChangedOn", nullValue())
                .body("statusReason", nullValue())
                .body("version", equalTo(0))
                .body("usccWarning", nullValue())
                .body("registrationArea.code", equalTo("430112"))
                .extract().path("registeredAt");
        assertTrue(OffsetDateTime.parse(registeredAt).isAfter(start), "registeredAt is the server's: " + registeredAt);
    }

    @Test
    void replacingMasterDataIgnoresServerOwnedFields() {
        String uscc = register("主数据企业");
        String registeredAt = admin().when().get("/api/v1/enterprises/" + uscc).then().extract().path("registeredAt");
        admin().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "name": "主数据企业（更名）", %s}""".formatted(uscc, SERVER_OWNED))
                .when().put("/api/v1/enterprises/" + uscc).then().statusCode(200)
                .body("name", equalTo("主数据企业（更名）"))
                .body("status", equalTo("ACTIVE"))
                .body("statusReason", nullValue())
                .body("version", equalTo(1))
                .body("registeredAt", equalTo(registeredAt))
                .body("usccWarning", nullValue());
    }

    @Test
    void anEnterpriseChangesItsContactAndNothingElse() {
        String uscc = register("只改联系人企业");
        asEnterprise(uscc).header("If-Match", "\"0\"").contentType(ContentType.JSON).body("""
                        {"person": "李华", "phone": "0731-88888888", "email": "lihua@example.cn",
                         "name": "篡改名称", "origin": "PROJECT", "originProjectId": "P-1", "legalRepresentative": "篡改",
                         "industryCode": "3985", "uscc": "%s", %s}""".formatted(TestUscc.random(), SERVER_OWNED))
                .when().put("/api/v1/enterprises/" + uscc + "/contact").then().statusCode(200)
                .body("contact.person", equalTo("李华"));
        admin().when().get("/api/v1/enterprises/" + uscc).then().statusCode(200)
                .body("uscc", equalTo(uscc))
                .body("name", equalTo("只改联系人企业"))
                .body("origin", equalTo("LOCAL"))
                .body("originProjectId", nullValue())
                .body("legalRepresentative", nullValue())
                .body("industryCode", nullValue())
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(1))
                .body("contact.email", equalTo("lihua@example.cn"));
    }

    @Test
    void anEnterpriseRaisesARequestOnlyAsANewOneOfToday() {
        String uscc = register("诉求赋值企业");
        int id = asEnterprise(uscc).contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "category": "LABOUR", "title": "用工", "deadline": "%s",
                         "raisedOn": "2019-01-01", "id": 987654321, "status": "CLOSED", "rating": 5,
                         "ratingComment": "自评", "resolution": "已自行解决", "resolvedOn": "2019-01-02",
                         "officerId": 1, "raisedBy": "park-director", "overdue": true, "version": 9}"""
                        .formatted(uscc, TODAY.plusDays(5)))
                .when().post("/api/v1/registry/liaison/requests").then().statusCode(201)
                .body("raisedOn", equalTo(TODAY.toString()))
                .body("status", equalTo("OPEN"))
                .body("rating", nullValue())
                .body("ratingComment", nullValue())
                .body("resolution", nullValue())
                .body("resolvedOn", nullValue())
                .body("officerId", nullValue())
                .body("overdue", equalTo(false))
                .body("version", equalTo(0))
                .extract().path("id");
        assertNotEquals(987654321, id);
        admin().when().get("/api/v1/registry/liaison/requests/" + id).then().statusCode(200)
                .body("raisedBy", equalTo("test-enterprise"))
                .body("raisedOn", equalTo(TODAY.toString()));
    }

    @Test
    void theParkMayRecordARequestReceivedEarlier() {
        String uscc = register("补录诉求企业");
        admin().contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "category": "LABOUR", "title": "补录", "deadline": "%s", "raisedOn": "%s"}"""
                        .formatted(uscc, TODAY.plusDays(5), TODAY.minusDays(3)))
                .when().post("/api/v1/registry/liaison/requests").then().statusCode(201)
                .body("raisedOn", equalTo(TODAY.minusDays(3).toString()));
    }

    @Test
    void ratingSetsTheRatingOnly() {
        String uscc = register("评价赋值企业");
        int id = asEnterprise(uscc).contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "category": "LABOUR", "title": "用工", "deadline": "%s"}"""
                        .formatted(uscc, TODAY.plusDays(5)))
                .when().post("/api/v1/registry/liaison/requests").then().statusCode(201).extract().path("id");
        admin().contentType(ContentType.JSON).body("{\"resolution\": \"已招聘到岗\"}")
                .when().post("/api/v1/registry/liaison/requests/" + id + "/resolution").then().statusCode(200);
        asEnterprise(uscc).contentType(ContentType.JSON).body("""
                        {"rating": 4, "comment": "满意", "resolution": "改写的结论", "status": "OPEN", "uscc": "%s"}"""
                        .formatted(TestUscc.random()))
                .when().post("/api/v1/registry/liaison/requests/" + id + "/rating").then().statusCode(200)
                .body("rating", equalTo(4))
                .body("status", equalTo("CLOSED"))
                .body("resolution", equalTo("已招聘到岗"))
                .body("uscc", equalTo(uscc));
    }

    @Test
    void readOnlyFieldsOfStaffRecordsAreTheServers() {
        OffsetDateTime start = OffsetDateTime.now().minusMinutes(1);
        String uscc = register("走访赋值企业");
        String recordedAt = given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "officerId": %d, "visitedOn": "2019-08-20", "summary": "走访", "id": 987654321,
                         "recordedBy": "park-director", "recordedAt": "2000-01-01T00:00:00Z"}"""
                        .formatted(uscc, officer()))
                .when().post("/api/v1/registry/liaison/visits").then().statusCode(201)
                .body("id", not(equalTo(987654321)))
                .body("recordedBy", equalTo("test-investment-officer"))
                .extract().path("recordedAt");
        assertTrue(OffsetDateTime.parse(recordedAt).isAfter(start), "recordedAt is the server's: " + recordedAt);
        admin().contentType(ContentType.JSON).body("""
                        {"id": 987654321, "uscc": "%s", "type": "INCUBATOR", "level": "MUNICIPAL", "name": "众创空间",
                         "yearRecognised": 2019}""".formatted(uscc))
                .when().post("/api/v1/registry/platforms").then().statusCode(201)
                .body("id", not(equalTo(987654321)));
        admin().contentType(ContentType.JSON).body("""
                        {"id": 987654321, "uscc": "%s", "year": 2019}""".formatted(uscc))
                .when().post("/api/v1/registry/ledgers/patent-navigation").then().statusCode(201)
                .body("id", not(equalTo(987654321)));
        admin().contentType(ContentType.JSON).body("""
                        {"type": "HIGH_TECH", "year": 2019, "grantedAt": "2000-01-01T00:00:00Z"}""")
                .when().post("/api/v1/enterprises/" + uscc + "/designations").then().statusCode(201)
                .body("grantedAt", not(equalTo("2000-01-01T00:00:00Z")));
    }

    @Test
    void anEnterpriseIsNotShownTheStaffsLogins() {
        String uscc = register("不见工号企业");
        admin().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("""
                        {"person": "王五"}""")
                .when().put("/api/v1/enterprises/" + uscc + "/contact").then().statusCode(200);
        admin().contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "officerId": %d, "visitedOn": "2019-08-20", "summary": "走访"}"""
                        .formatted(uscc, officer()))
                .when().post("/api/v1/registry/liaison/visits").then().statusCode(201);
        int id = admin().contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "category": "LABOUR", "title": "代为登记", "deadline": "%s"}"""
                        .formatted(uscc, TODAY.plusDays(5)))
                .when().post("/api/v1/registry/liaison/requests").then().statusCode(201).extract().path("id");

        admin().when().get("/api/v1/enterprises/" + uscc + "/history").then().statusCode(200)
                .body("actor", hasItem("test-park-admin"))
                .body("client", hasItem("test-client"));
        asEnterprise(uscc).when().get("/api/v1/enterprises/" + uscc + "/history").then().statusCode(200)
                .body("version", equalTo(List.of(0, 1)))
                .body("changes.field.flatten()", hasItem("contact.person"))
                .body("actor", everyItem(nullValue()))
                .body("client", everyItem(nullValue()));
        asEnterprise(uscc).when().get("/api/v1/registry/liaison/visits").then().statusCode(200)
                .body("summary", hasItem("走访"))
                .body("recordedBy", everyItem(nullValue()));
        asEnterprise(uscc).when().get("/api/v1/registry/liaison/requests/" + id).then().statusCode(200)
                .body("title", equalTo("代为登记"))
                .body("raisedBy", nullValue());
        asEnterprise(uscc).when().get("/api/v1/registry/liaison/requests").then().statusCode(200)
                .body("items.raisedBy", everyItem(nullValue()));
        admin().when().get("/api/v1/registry/liaison/requests/" + id).then().statusCode(200)
                .body("raisedBy", equalTo("test-park-admin"));
        asEnterprise(uscc).when().get("/api/v1/enterprises/" + uscc).then().statusCode(200)
                .body("contact.person", equalTo("王五"))
                .body("version", notNullValue());
    }

    private static int officer() {
        return admin().contentType(ContentType.JSON).body("""
                        {"name": "钱七", "department": "经济发展局"}""")
                .when().post("/api/v1/registry/liaison/officers").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification asEnterprise(String uscc) {
        return given().auth().oauth2(TestTokens.forEnterpriseWithDefaultRoles(uscc));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }
}
