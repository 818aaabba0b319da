package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.InnovationPlatform;
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
import org.junit.jupiter.api.Test;

import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class InnovationPlatformServiceTest {

    @Test
    void aPlatformIsRecordedOnceAndFoundByItsFilters() {
        String host = register("平台承载企业");
        add(platform(host, "KEY_LABORATORY", "NATIONAL", "难熔金属国家重点实验室", 2015)).statusCode(201)
                .body("id", notNullValue())
                .body("type", equalTo("KEY_LABORATORY"))
                .body("level", equalTo("NATIONAL"))
                .body("yearRecognised", equalTo(2015));
        add(platform(host, "KEY_LABORATORY", "NATIONAL", "难熔金属国家重点实验室", 2016)).statusCode(409);

        admin().queryParam("uscc", host).when().get("/api/v1/registry/platforms").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.name", contains("难熔金属国家重点实验室"));
        admin().queryParam("platformType", "KEY_LABORATORY").queryParam("q", "平台承载企业").queryParam("size", 200)
                .when().get("/api/v1/enterprises").then().statusCode(200)
                .body("items.uscc", hasItem(host));
        admin().queryParam("type", "KEY_LABORATORY").queryParam("level", "NATIONAL").queryParam("year", 2015)
                .queryParam("size", 200).when().get("/api/v1/registry/platforms").then().statusCode(200)
                .body("items.type", everyItem(equalTo("KEY_LABORATORY")))
                .body("items.yearRecognised", everyItem(equalTo(2015)));
    }

    @Test
    void unknownTypesLevelsAndEnterprisesAreRefusedByField() {
        String host = register("平台校验企业");
        add(platform(host, "SPACE_STATION", "NATIONAL", "空间站", 2019)).statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
        add(platform(TestUscc.random(), "INCUBATOR", "MUNICIPAL", "众创空间", 2019)).statusCode(422)
                .body("errors[0].field", equalTo("uscc"));
        add(platform(host, "INCUBATOR", "GALACTIC", "众创空间", 2019)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].message", equalTo("must be one of [NATIONAL, PROVINCIAL, MUNICIPAL]"));
        admin().queryParam("level", "GALACTIC").when().get("/api/v1/registry/platforms").then().statusCode(422)
                .body("errors[0].field", equalTo("level"));
    }

    @Test
    void aBulkFileWithOneBadRowWritesNothing() {
        String host = register("平台批量企业");
        String body = "[" + platform(host, "INCUBATOR", "NATIONAL", "国家级众创空间", 2018) + ","
                + platform(host, "NOT_A_TYPE", "NATIONAL", "未知平台", 2018) + ","
                + platform(host, "INCUBATOR", "NATIONAL", "国家级众创空间", 2018) + "]";
        admin().contentType(ContentType.JSON).body(body).when().post("/api/v1/registry/platforms/bulk").then()
                .statusCode(422)
                .body("errors.field", contains("rows[2].type", "rows[3].name"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> InnovationPlatform.count("uscc", host)));

        String csv = "uscc,type,level,name,yearRecognised\n"
                + host + ",INCUBATOR,NATIONAL,国家级众创空间,2018\n"
                + host + ",ACADEMICIAN_WORKSTATION,PROVINCIAL,院士专家工作站,2017\n";
        admin().contentType("text/csv; charset=UTF-8").header("Idempotency-Key", "platforms-" + host).body(csv)
                .when().post("/api/v1/registry/platforms/bulk").then().statusCode(200)
                .body("received", equalTo(2)).body("imported", equalTo(2));
        admin().contentType("text/csv; charset=UTF-8").header("Idempotency-Key", "platforms-" + host).body(csv)
                .when().post("/api/v1/registry/platforms/bulk").then().statusCode(200)
                .header("Idempotency-Replayed", "true");
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> InnovationPlatform.count("uscc", host)));
    }

    @Test
    void anEnterpriseUserSeesItsOwnPlatformsOnly() {
        String own = register("自有平台企业");
        String other = register("他家平台企业");
        add(platform(own, "ENTERPRISE_TECH_CENTRE", "PROVINCIAL", "省级企业技术中心", 2018)).statusCode(201);
        add(platform(other, "ENTERPRISE_TECH_CENTRE", "MUNICIPAL", "市级企业技术中心", 2018)).statusCode(201);
        given().auth().oauth2(TestTokens.forEnterprise(own)).when().get("/api/v1/registry/platforms").then()
                .statusCode(200)
                .body("items.uscc", everyItem(equalTo(own)))
                .body("total", equalTo(1));
        given().auth().oauth2(TestTokens.forEnterprise(own)).queryParam("uscc", other)
                .when().get("/api/v1/registry/platforms").then().statusCode(404);
        given().auth().oauth2(TestTokens.forEnterprise(own)).contentType(ContentType.JSON)
                .body(platform(own, "INCUBATOR", "MUNICIPAL", "自封孵化器", 2019))
                .when().post("/api/v1/registry/platforms").then().statusCode(403);
    }

    @Test
    void parkTitlesArePublicAndUniqueByName() {
        String name = "测试园区荣誉" + TestUscc.random();
        admin().contentType(ContentType.JSON).body("""
                {"name": "%s", "level": "PROVINCIAL", "year": 2018, "awardedBy": "湖南省人民政府"}""".formatted(name))
                .when().post("/api/v1/registry/park-titles").then().statusCode(201).body("level", equalTo("PROVINCIAL"));
        admin().contentType(ContentType.JSON).body("""
                {"name": "%s", "level": "NATIONAL", "year": 2019}""".formatted(name))
                .when().post("/api/v1/registry/park-titles").then().statusCode(409);
        given().when().get("/api/v1/registry/park-titles").then().statusCode(200)
                .body("find { it.name == '%s' }.year".formatted(name), equalTo(2018));
        given().contentType(ContentType.JSON).body("""
                {"name": "x", "level": "NATIONAL", "year": 2019}""")
                .when().post("/api/v1/registry/park-titles").then().statusCode(401);
    }

    static String platform(String uscc, String type, String level, String name, int year) {
        return """
                {"uscc": "%s", "type": "%s", "level": "%s", "name": "%s", "yearRecognised": %d}"""
                .formatted(uscc, type, level, name, year);
    }

    private static io.restassured.response.ValidatableResponse add(String body) {
        return admin().contentType(ContentType.JSON).body(body).when().post("/api/v1/registry/platforms").then();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }
}
