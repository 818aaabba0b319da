package io.parksuite.approval.api;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.parksuite.approval.ApprovalFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class BundlePromiseServiceTest {

    String licence20;
    String licence30;
    String service40;

    @BeforeEach
    void items() {
        licence20 = unique("L20");
        licence30 = unique("L30");
        service40 = unique("S40");
        createItem(licence20, unique("dept-a"), 20, 5);
        createItem(licence30, unique("dept-b"), 30, 10);
        createItem(service40, unique("dept-c"), null, 40);
    }

    private static String bundleJson(String code, Integer promise, String... items) {
        return """
                {"code":"%s","name":"承诺时限一件事 %s","itemCodes":[%s]%s}""".formatted(code, code,
                String.join(",", List.of(items).stream().map(i -> "\"" + i + "\"").toList()),
                promise == null ? "" : ",\"promisedLimitDays\":" + promise);
    }

    @Test
    void aPromiseOverTheJointHandlingCeilingIsRefusedNamingTheField() {
        String code = unique("ceiling");
        manager().contentType(ContentType.JSON).body(bundleJson(code, 46, service40))
                .post("/api/v1/approval/bundles").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("promisedLimitDays"))
                .body("errors[0].message", containsString("45"))
                .body("detail", containsString("第42条"));
        given().get("/api/v1/approval/bundles/" + code).then().statusCode(404);

        manager().contentType(ContentType.JSON).body(bundleJson(code, 45, service40))
                .post("/api/v1/approval/bundles").then().statusCode(201).body("promisedLimitDays", equalTo(45));
    }

    @Test
    void aPromiseOverItsItemsStatutoryLimitsIsRefusedNamingTheItems() {
        String code = unique("bound");
        manager().contentType(ContentType.JSON).body(bundleJson(code, 31, licence20, licence30, service40))
                .post("/api/v1/approval/bundles").then().statusCode(422)
                .body("errors.field", contains("promisedLimitDays"))
                .body("errors[0].message", allOf(containsString(licence30), not(containsString(licence20)),
                        not(containsString(service40))))
                .body("detail", containsString(licence30));
        given().get("/api/v1/approval/bundles/" + code).then().statusCode(404);
    }

    @Test
    void aValidPromiseIsStoredReturnedAndPromisedByApplications() {
        String code = unique("valid");
        String etag = manager().contentType(ContentType.JSON).body(bundleJson(code, 30, licence20, licence30, service40))
                .post("/api/v1/approval/bundles").then().statusCode(201)
                .body("promisedLimitDays", equalTo(30)).body("slaWorkingDays", equalTo(30))
                .extract().header("ETag");
        given().get("/api/v1/approval/bundles").then().statusCode(200)
                .body("find { it.code == '" + code + "' }.promisedLimitDays", equalTo(30));

        String uscc = TestUscc.random();
        String id = draft(uscc, null, code);
        enterprise(uscc).get("/api/v1/approval/applications/" + id).then().statusCode(200)
                .body("promisedLimitDays", equalTo(30));

        manager().contentType(ContentType.JSON).header("If-Match", etag).body(bundleJson(code, 31, licence20, licence30))
                .put("/api/v1/approval/bundles/" + code).then().statusCode(422)
                .body("errors.field", contains("promisedLimitDays"));
        etag = manager().contentType(ContentType.JSON).header("If-Match", etag).body(bundleJson(code, null, licence20, licence30))
                .put("/api/v1/approval/bundles/" + code).then().statusCode(200)
                .body("promisedLimitDays", equalTo(30)).extract().header("ETag");
        manager().contentType(ContentType.JSON).header("If-Match", etag).body(bundleJson(code, 20, licence20))
                .put("/api/v1/approval/bundles/" + code).then().statusCode(200).body("promisedLimitDays", equalTo(20));
    }

    @Test
    void withoutAPromiseANewBundlePromisesItsSlowestItemsWithinTheLaw() {
        String code = unique("default");
        manager().contentType(ContentType.JSON).body(bundleJson(code, null, licence20, licence30))
                .post("/api/v1/approval/bundles").then().statusCode(201).body("promisedLimitDays", equalTo(10));
        manager().contentType(ContentType.JSON).body(bundleJson(unique("default"), null, licence20, service40))
                .post("/api/v1/approval/bundles").then().statusCode(422)
                .body("errors.field", contains("promisedLimitDays"))
                .body("errors[0].message", allOf(containsString(licence20), containsString("state one")));
    }

    @Test
    void aBulkImportWithOneBadPromiseWritesNothingAndNamesTheRow() {
        String good = unique("bulk-ok");
        String bad = unique("bulk-bad");
        String body = "[" + bundleJson(good, 20, licence20, licence30) + "," + bundleJson(bad, 25, licence20, service40)
                + "]";
        manager().contentType(ContentType.JSON).body(body).post("/api/v1/approval/bundles/bulk").then()
                .statusCode(422)
                .body("errors.field", contains("rows[2].promisedLimitDays"))
                .body("errors[0].message", containsString(licence20))
                .body("detail", containsString("nothing was written"));
        given().get("/api/v1/approval/bundles/" + good).then().statusCode(404);
        given().get("/api/v1/approval/bundles/" + bad).then().statusCode(404);
    }

    @Test
    void theDemoBundlesLoadWithTheirPromises() throws Exception {
        manager().contentType(ContentType.JSON)
                .body(Files.readString(Path.of("../deploy/demo/data/approval-service-items.json")))
                .post("/api/v1/approval/service-items/bulk").then().statusCode(200);
        manager().contentType(ContentType.JSON).body(Files.readString(Path.of("../deploy/demo/data/approval-bundles.json")))
                .post("/api/v1/approval/bundles/bulk").then().statusCode(200).body("imported", equalTo(6));
        Map.of("company-startup", 3, "property-registration", 5, "industrial-construction", 30,
                        "food-shop-opening", 5, "water-electricity-gas", 4, "company-deregistration", 1)
                .forEach((code, days) -> given().get("/api/v1/approval/bundles/" + code).then().statusCode(200)
                        .body("promisedLimitDays", equalTo(days)));
    }
}
