package io.parksuite.approval.api;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.testing.KafkaTestBroker;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.parksuite.approval.ApprovalFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class CatalogueServiceTest {

    @Test
    void theDemoCatalogueImportsWithTheStartUpBundleAndIsReadableWithoutAToken() throws Exception {
        String items = Files.readString(Path.of("../deploy/demo/data/approval-service-items.json"));
        String bundles = Files.readString(Path.of("../deploy/demo/data/approval-bundles.json"));
        manager().contentType(ContentType.JSON).body(items).post("/api/v1/approval/service-items/bulk")
                .then().statusCode(200).body("received", greaterThanOrEqualTo(200)).body("imported", greaterThanOrEqualTo(200));
        manager().contentType(ContentType.JSON).body(bundles).post("/api/v1/approval/bundles/bulk")
                .then().statusCode(200).body("imported", equalTo(6));

        given().get("/api/v1/approval/service-items?size=1").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(200));
        given().get("/api/v1/approval/service-items?department=public-security&q=印章").then().statusCode(200)
                .body("items[0].name", equalTo("印章刻制备案"))
                .body("items[0].itemType", equalTo("FILING"))
                .body("items[0].statutoryLimitDays", nullValue())
                .body("items[0].handlingMode", equalTo("IMMEDIATE"));

        Map<String, Object> startup = given().get("/api/v1/approval/bundles/company-startup")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(3, startup.get("promisedLimitDays"), "3545: company start-up in 3 working days");
        assertEquals(3, startup.get("slaWorkingDays"), "the deprecated field gives the same figure");
        List<String> names = ((List<?>) startup.get("itemCodes")).stream()
                .map(code -> given().get("/api/v1/approval/service-items/" + code).then().statusCode(200)
                        .extract().<String>path("name"))
                .toList();
        assertEquals(List.of("企业设立登记", "印章刻制备案", "发票申领", "社保登记", "银行开户").stream().sorted().toList(),
                names.stream().sorted().toList());
        List<?> form = (List<?>) startup.get("form");
        long enterpriseNameFields = form.stream().filter(f -> "enterpriseName".equals(((Map<?, ?>) f).get("key"))).count();
        assertEquals(1, enterpriseNameFields, "一张表: a field shared by the five items is asked once");
        assertTrue((Integer) startup.get("fieldsSaved") >= 16, "five items share five common fields: " + startup.get("fieldsSaved"));
        assertEquals(5, ((List<?>) startup.get("departments")).size());

        given().get("/api/v1/approval/bundles/industrial-construction").then().statusCode(200)
                .body("promisedLimitDays", equalTo(30)).body("name", equalTo("工业项目开工一件事"));
        given().get("/api/v1/approval/bundles/property-registration").then().statusCode(200)
                .body("promisedLimitDays", equalTo(5));
    }

    @Test
    void exportGivesJsonTheImportTakesAndCsvForPeople() {
        String code = unique("EXP");
        createItem(code, "dept-export", 20, 5);
        given().get("/api/v1/approval/service-items/export").then().statusCode(200)
                .body("find { it.code == '" + code + "' }.promisedLimitDays", equalTo(5))
                .body("find { it.code == '" + code + "' }.materials.size()", equalTo(3));
        String csv = given().get("/api/v1/approval/service-items/export?format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.contains("事项编码") && csv.contains("承诺时限（工作日）"));
        assertTrue(csv.lines().anyMatch(line -> line.startsWith(code + ",")));
        given().get("/api/v1/approval/service-items/export?format=xml").then().statusCode(422)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void aSearchMatchesUnderscoresLiterally() {
        String prefix = unique("LIKE");
        for (String code : List.of(prefix + "_1", prefix + "X1")) {
            manager().contentType(ContentType.JSON).body(itemJson(code, "dept-like", 20, 5, false, false))
                    .post("/api/v1/approval/service-items").then().statusCode(201);
        }
        given().queryParam("q", prefix + "_1").get("/api/v1/approval/service-items").then().statusCode(200)
                .body("items.code", contains(prefix + "_1"));
        given().queryParam("q", prefix).get("/api/v1/approval/service-items").then().statusCode(200)
                .body("items.code", containsInAnyOrder(prefix + "_1", prefix + "X1"));
    }

    @Test
    void onlyTheServiceCentreMaintainsTheCatalogue() {
        String body = itemJson(unique("AUTH"), "dept-a", 20, 5, false, false);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/approval/service-items").then().statusCode(401);
        as("enterprise").contentType(ContentType.JSON).body(body).post("/api/v1/approval/service-items")
                .then().statusCode(403).contentType("application/problem+json");
        officer("dept-a").contentType(ContentType.JSON).body(body).post("/api/v1/approval/service-items").then().statusCode(403);
    }

    @Test
    void itemRulesAreCheckedAndNamed() {
        String code = unique("BAD");
        manager().contentType(ContentType.JSON).body(itemJson(code, "dept-a", 10, 12, false, false))
                .post("/api/v1/approval/service-items").then().statusCode(422)
                .body("errors.field", hasItem("promisedLimitDays"))
                .body("errors.message", hasItem(containsString("statutory limit of 10")));
        manager().contentType(ContentType.JSON).body(itemJson(code, "dept-a", 20, 5, false, false).replace(
                        "\"name\":\"申请书\",\"main\":true,\"deficiencyAllowed\":false", "\"name\":\"申请书\",\"main\":true,\"deficiencyAllowed\":true"))
                .post("/api/v1/approval/service-items").then().statusCode(422)
                .body("errors.field", hasItem("materials[0].deficiencyAllowed"));
        given().get("/api/v1/approval/service-items/" + code).then().statusCode(404);

        String bulk = "[" + itemJson(unique("OK"), "dept-a", 20, 5, false, false) + ","
                + itemJson(unique("NO"), "dept-a", 10, 12, false, false) + "]";
        manager().contentType(ContentType.JSON).body(bulk).post("/api/v1/approval/service-items/bulk").then()
                .statusCode(422).body("errors.field", hasItem("rows[2].promisedLimitDays"))
                .body("detail", containsString("nothing was written"));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String code = unique("UPD");
        createItem(code, "dept-a", 20, 5);
        String etag = given().get("/api/v1/approval/service-items/" + code).then().extract().header("ETag");
        manager().contentType(ContentType.JSON).body(itemJson(code, "dept-a", 20, 3, false, false))
                .put("/api/v1/approval/service-items/" + code).then().statusCode(428);
        manager().contentType(ContentType.JSON).header("If-Match", etag).body(itemJson(code, "dept-a", 20, 3, false, false))
                .put("/api/v1/approval/service-items/" + code).then().statusCode(200).body("promisedLimitDays", equalTo(3));
        manager().contentType(ContentType.JSON).header("If-Match", etag).body(itemJson(code, "dept-a", 20, 2, false, false))
                .put("/api/v1/approval/service-items/" + code).then().statusCode(412);
    }

    @Test
    void bundlesNameKnownItemsOnly() {
        manager().contentType(ContentType.JSON).body("""
                {"code":"%s","name":"坏的一件事","itemCodes":["NO-SUCH-ITEM"]}""".formatted(unique("bundle")))
                .post("/api/v1/approval/bundles").then().statusCode(422)
                .body("errors[0].field", equalTo("itemCodes[0]"));
    }
}
