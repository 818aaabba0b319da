package io.parksuite.approval.api;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.parksuite.approval.ApprovalFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 网上办 and 一次办 at item level: the items' kind and handling depth, and the catalogue section of /quality. */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class CatalogueQualityServiceTest {

    /** Application figures a catalogue write must leave alone (drafts, which project events add, left out). */
    private static final List<String> APPLICATION_FIELDS = List.of("submitted", "online", "onlineRate",
            "concluded", "concludedWithinOneVisit", "oneVisitRate", "moreThanOneVisit", "concludedOnTime", "onTimeRate",
            "ratings", "badRatings", "averageScore");

    /** An item JSON with the given type, kind and depth ("null" leaves a field out), online capability and visits. */
    private static String item(String code, String type, String kind, String depth, boolean online, int visits) {
        String json = itemJson(code, unique("dept-q"), type.equals("ADMINISTRATIVE_LICENCE") ? 20 : null, 5, false, false)
                .replaceFirst("\"itemType\":\"[A-Z_]+\"", "\"itemType\":\"" + type + "\""
                        + (kind == null ? "" : ",\"itemKind\":\"" + kind + "\""))
                .replace("\"onlineCapable\":true", "\"onlineCapable\":" + online
                        + (depth == null ? "" : ",\"handlingDepth\":\"" + depth + "\""))
                .replace("\"maxVisits\":1", "\"maxVisits\":" + visits);
        return json;
    }

    private static void create(String json) {
        manager().contentType(ContentType.JSON).body(json).post("/api/v1/approval/service-items").then().statusCode(201);
    }

    private static JsonPath quality() {
        return as("park-leader").get("/api/v1/approval/quality").then().statusCode(200).extract().jsonPath();
    }

    private static long delta(JsonPath after, JsonPath before, String field) {
        return after.getLong(field) - before.getLong(field);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    @Test
    void ratesCountApplicationBasedItemsOnlyAndLeaveMarketServicesOut() {
        JsonPath before = quality();
        create(item(unique("Q-FULL"), "ADMINISTRATIVE_LICENCE", "APPLICATION_BASED", "FULLY_ONLINE", true, 0));
        create(item(unique("Q-ONE"), "FILING", "APPLICATION_BASED", "ONLINE_APPLICATION", true, 1));
        create(item(unique("Q-SITE"), "ADMINISTRATIVE_LICENCE", "APPLICATION_BASED", "ON_SITE", false, 2));
        create(item(unique("Q-DEF"), "PUBLIC_SERVICE", "APPLICATION_BASED", null, true, 0));
        create(item(unique("Q-MKT"), "MARKET_SERVICE", null, "ON_SITE", false, 3));
        create(item(unique("Q-PARK"), "PUBLIC_SERVICE", "PUBLIC_SERVICE", "ON_SITE", false, 2));
        create(item(unique("Q-INSP"), "PUBLIC_SERVICE", "EX_OFFICIO", "FULLY_ONLINE", true, 0));
        JsonPath after = quality();

        assertEquals(7, delta(after, before, "catalogue.items"));
        assertEquals(1, delta(after, before, "catalogue.marketServices"));
        assertEquals(2, delta(after, before, "catalogue.notApplicationBased"), "依职权 and the park's 公共服务");
        assertEquals(4, delta(after, before, "catalogue.applicationBased"));
        assertEquals(3, delta(after, before, "catalogue.onlineCapable"), "网上可办: FULLY_ONLINE and ONLINE_APPLICATION");
        assertEquals(2, delta(after, before, "catalogue.fullyOnline"), "全程网办, the defaulted depth included");
        assertEquals(3, delta(after, before, "catalogue.atMostOneVisit"), "the on-site licence takes two visits");

        long base = after.getLong("catalogue.applicationBased");
        assertEquals(after.getLong("catalogue.items"), after.getLong("catalogue.marketServices")
                + after.getLong("catalogue.notApplicationBased") + base);
        assertEquals(percent(after.getLong("catalogue.onlineCapable"), base),
                new BigDecimal(after.getString("catalogue.onlineCapablePercent")));
        assertEquals(percent(after.getLong("catalogue.fullyOnline"), base),
                new BigDecimal(after.getString("catalogue.fullyOnlinePercent")));
        assertEquals(percent(after.getLong("catalogue.atMostOneVisit"), base),
                new BigDecimal(after.getString("catalogue.atMostOneVisitPercent")));
        assertTrue(after.getString("catalogue.onlineCapablePercent").matches("\\d{1,3}\\.\\d"),
                "a percentage with one decimal: " + after.getString("catalogue.onlineCapablePercent"));

        for (String field : APPLICATION_FIELDS) {
            assertEquals(String.valueOf((Object) before.get(field)), String.valueOf((Object) after.get(field)),
                    "writing the catalogue moves no application figure: " + field);
        }
    }

    @Test
    void theQualityResponseKeepsItsApplicationFieldsBesideTheNewOnes() {
        Map<String, Object> body = quality().getMap("");
        assertTrue(body.keySet().containsAll(Set.of("applications", "submitted", "online", "concluded",
                "concludedWithinOneVisit", "moreThanOneVisit", "concludedOnTime", "ratings", "badRatings")),
                "the application figures stay where they were: " + body.keySet());
        assertTrue(body.keySet().containsAll(Set.of("timedConcluded", "statutoryTimedConcluded", "catalogue")),
                body.keySet().toString());
        as("park-leader").get("/api/v1/approval/quality").then().statusCode(200)
                .body("applications", isA(Integer.class))
                .body("moreThanOneVisit", isA(Integer.class))
                .body("catalogue.items", isA(Integer.class));
        as("enterprise").get("/api/v1/approval/quality").then().statusCode(403);
    }

    @Test
    void workingDaysOfConcludedApplicationsStandBesideThePromisedAndStatutoryLimits() {
        String dept = unique("dept-t");
        String code = unique("Q-TIME");
        createItem(code, dept, 20, 5);
        String uscc = TestUscc.random();
        JsonPath before = quality();
        String id = submitted(uscc, code, null, List.of(code + "-main"));
        step(manager(), id, "accept", null).statusCode(200);
        String task = manager().get("/api/v1/approval/applications/" + id).then().statusCode(200)
                .extract().path("tasks[0].id");
        officer(dept).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + task + "/decision").then().statusCode(200)
                .body("result", equalTo("approved"));
        JsonPath after = quality();

        assertEquals(1, delta(after, before, "timedConcluded"));
        assertEquals(1, delta(after, before, "statutoryTimedConcluded"));
        assertEquals(1, delta(after, before, "concluded"));
        assertNotNull(after.getString("averageWorkingDays"));
        BigDecimal promised = new BigDecimal(after.getString("averagePromisedLimitDays"));
        BigDecimal statutory = new BigDecimal(after.getString("averageStatutoryLimitDays"));
        assertTrue(promised.signum() >= 0 && promised.scale() == 1, promised.toString());
        assertTrue(statutory.signum() > 0 && statutory.scale() == 1, statutory.toString());
        assertNotNull(after.getString("averageWorkingDaysStatutory"));
    }

    @Test
    void kindAndDepthDefaultFromTypeOnlineCapabilityAndVisits() {
        String online = unique("Q-D1");
        String site = unique("Q-D2");
        String market = unique("Q-D3");
        create(item(online, "PUBLIC_SERVICE", null, null, true, 1));
        create(item(site, "ADMINISTRATIVE_LICENCE", null, null, false, 1));
        create(item(market, "MARKET_SERVICE", null, null, true, 0));
        given().get("/api/v1/approval/service-items/" + online).then().statusCode(200)
                .body("itemKind", equalTo("APPLICATION_BASED")).body("handlingDepth", equalTo("ONLINE_APPLICATION"));
        given().get("/api/v1/approval/service-items/" + site).then().statusCode(200)
                .body("itemKind", equalTo("APPLICATION_BASED")).body("handlingDepth", equalTo("ON_SITE"))
                .body("onlineCapable", equalTo(false));
        given().get("/api/v1/approval/service-items/" + market).then().statusCode(200)
                .body("itemKind", equalTo("MARKET_SERVICE")).body("handlingDepth", equalTo("FULLY_ONLINE"));
    }

    @Test
    void anUnknownOrContradictoryKindOrDepthIsRefusedByName() {
        String code = unique("Q-BAD");
        manager().contentType(ContentType.JSON).body(item(code, "FILING", "NOPE", null, true, 0))
                .post("/api/v1/approval/service-items").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("itemKind"))
                .body("errors.message", hasItem(containsString("APPLICATION_BASED")));
        manager().contentType(ContentType.JSON).body(item(code, "FILING", null, "HALF_ONLINE", true, 0))
                .post("/api/v1/approval/service-items").then().statusCode(400)
                .body("errors.field", hasItem("handlingDepth"));

        manager().contentType(ContentType.JSON).body(item(code, "ADMINISTRATIVE_LICENCE", null, "FULLY_ONLINE", false, 1))
                .post("/api/v1/approval/service-items").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("handlingDepth"))
                .body("errors.message", hasItem(containsString("onlineCapable")));
        manager().contentType(ContentType.JSON).body(item(code, "FILING", null, "ON_SITE", true, 1))
                .post("/api/v1/approval/service-items").then().statusCode(422)
                .body("errors.field", hasItem("handlingDepth"));
        manager().contentType(ContentType.JSON).body(item(code, "FILING", null, "FULLY_ONLINE", true, 1))
                .post("/api/v1/approval/service-items").then().statusCode(422)
                .body("errors.message", hasItem(containsString("maxVisits 0")));
        manager().contentType(ContentType.JSON).body(item(code, "FILING", null, "ONLINE_APPLICATION", true, 0))
                .post("/api/v1/approval/service-items").then().statusCode(422)
                .body("errors.field", hasItem("handlingDepth"));
        manager().contentType(ContentType.JSON).body(item(code, "ADMINISTRATIVE_LICENCE", "PUBLIC_SERVICE", null, false, 1))
                .post("/api/v1/approval/service-items").then().statusCode(422)
                .body("errors.field", hasItem("itemKind"))
                .body("errors.message", hasItem(containsString("依申请")));
        manager().contentType(ContentType.JSON).body(item(code, "FILING", "MARKET_SERVICE", null, true, 0))
                .post("/api/v1/approval/service-items").then().statusCode(422)
                .body("errors.field", hasItem("itemKind"));
        manager().contentType(ContentType.JSON).body(item(code, "MARKET_SERVICE", "APPLICATION_BASED", null, true, 0))
                .post("/api/v1/approval/service-items").then().statusCode(422)
                .body("errors.field", hasItem("itemKind"));
        given().get("/api/v1/approval/service-items/" + code).then().statusCode(404);

        String bulk = "[" + item(unique("Q-OK"), "FILING", null, null, true, 0) + ","
                + item(unique("Q-NO"), "FILING", null, "ON_SITE", true, 1) + "]";
        manager().contentType(ContentType.JSON).body(bulk).post("/api/v1/approval/service-items/bulk").then()
                .statusCode(422).body("errors.field", hasItem("rows[2].handlingDepth"));
    }

    @Test
    void theDemoCatalogueClassifiesEveryItemConsistently() throws Exception {
        String items = java.nio.file.Files.readString(java.nio.file.Path.of("../deploy/demo/data/approval-service-items.json"));
        manager().contentType(ContentType.JSON).body(items).post("/api/v1/approval/service-items/bulk")
                .then().statusCode(200);
        given().get("/api/v1/approval/service-items/GA-003").then().statusCode(200)
                .body("name", equalTo("剧毒化学品购买许可"))
                .body("itemKind", equalTo("APPLICATION_BASED"))
                .body("onlineCapable", equalTo(false))
                .body("handlingDepth", equalTo("ON_SITE"))
                .body("maxVisits", equalTo(1));
        given().get("/api/v1/approval/service-items/YH-001").then().statusCode(200)
                .body("itemKind", equalTo("MARKET_SERVICE"));
        given().get("/api/v1/approval/service-items/SCJG-001").then().statusCode(200)
                .body("itemKind", equalTo("APPLICATION_BASED")).body("handlingDepth", equalTo("FULLY_ONLINE"));
    }
}
