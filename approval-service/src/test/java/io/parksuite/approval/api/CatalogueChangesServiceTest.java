package io.parksuite.approval.api;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.testing.KafkaTestBroker;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class CatalogueChangesServiceTest {

    @Test
    void loweringAnItemsStatutoryLimitBelowABundlesPromiseIsRefusedNamingTheBundleAndChangesNothing() {
        String dept = unique("dept-k");
        String slow = unique("K20");
        String quick = unique("K10");
        createItem(slow, dept, 20, 5);
        createItem(quick, dept, 10, 5);
        String bundle = unique("B-K");
        manager().contentType(ContentType.JSON).body("""
                        {"code":"%s","name":"测试一件事","itemCodes":["%s","%s"],"promisedLimitDays":18}"""
                        .formatted(bundle, slow, quick))
                .post("/api/v1/approval/bundles").then().statusCode(201);

        String etag = manager().get("/api/v1/approval/service-items/" + slow).then().extract().header("ETag");
        manager().contentType(ContentType.JSON).header("If-Match", etag)
                .body(itemJson(slow, dept, 15, 5, false, false))
                .put("/api/v1/approval/service-items/" + slow).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", allOf(containsString(bundle), containsString("18"), containsString(slow)));
        manager().get("/api/v1/approval/service-items/" + slow).then().body("statutoryLimitDays", equalTo(20));

        manager().contentType(ContentType.JSON).header("If-Match", etag)
                .body(itemJson(slow, dept, 25, 5, false, false))
                .put("/api/v1/approval/service-items/" + slow).then().statusCode(200).body("statutoryLimitDays", equalTo(25));
        manager().contentType(ContentType.JSON).body("[" + itemJson(slow, dept, 12, 5, false, false) + "]")
                .post("/api/v1/approval/service-items/bulk").then().statusCode(409)
                .body("detail", containsString(bundle));
        manager().get("/api/v1/approval/service-items/" + slow).then().body("statutoryLimitDays", equalTo(25));
    }
}
