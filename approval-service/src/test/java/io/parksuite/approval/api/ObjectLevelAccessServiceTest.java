package io.parksuite.approval.api;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.config.MovableClock;
import io.parksuite.approval.service.ReminderScan;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.parksuite.approval.ApprovalFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/**
 * Object-level authorization (OWASP API1): an enterprise never reaches another enterprise's application,
 * its steps and notices (文书), its materials or its reminders, in any read, list, download or step; an
 * officer decides only its own department's task; an officer whose token names no department reaches no
 * department's work at all.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ObjectLevelAccessServiceTest {

    @Inject
    ReminderScan scan;

    @Inject
    MovableClock clock;

    String deptX;
    String deptY;
    String itemX;
    String itemY;
    String bundle;
    String usccA;
    String usccB;

    @BeforeEach
    void catalogue() {
        deptX = unique("dept-x");
        deptY = unique("dept-y");
        itemX = unique("X");
        itemY = unique("Y");
        createItem(itemX, deptX, 20, 5);
        createItem(itemY, deptY, 20, 5);
        bundle = unique("bundle-xy");
        createBundle(bundle, List.of(itemX, itemY));
        usccA = TestUscc.random();
        usccB = TestUscc.random();
    }

    /** B's application, accepted with a 容缺 material due soon, and scanned so that B has a reminder. */
    private String applicationOfBWithReminder() {
        String id = submitted(usccB, null, bundle, List.of(itemX + "-main", itemY + "-main"));
        LocalDate due = WorkingCalendar.chinaMainland().addWorkingDays(WorkingCalendar.today(clock), 1);
        step(manager(), id, "accept-with-deficiency", """
                {"missingMaterials":["%s-extra"],"commitment":"承诺补齐","dueOn":"%s"}""".formatted(itemX, due))
                .statusCode(200);
        scan.scan();
        return id;
    }

    @Test
    void anEnterpriseNeverReachesAnotherEnterprisesApplicationMaterialsNoticesOrReminders() {
        String own = ApprovalFixtures.draft(usccA, itemX, null);
        String theirs = applicationOfBWithReminder();
        String base = "/api/v1/approval/applications/" + theirs;
        String material = manager().get(base + "/materials").then().statusCode(200).extract().path("[0].id");
        Number reminder = manager().queryParam("recipient", usccB).get("/api/v1/approval/inbox").then().statusCode(200)
                .body("items.applicationId", hasItem(theirs)).extract().path("items[0].id");
        RequestSpecification a = enterprise(usccA);

        enterprise(usccA).get(base).then().statusCode(404).contentType("application/problem+json");
        enterprise(usccA).get(base + "/steps").then().statusCode(404);
        enterprise(usccA).get(base + "/materials").then().statusCode(404);
        enterprise(usccA).get(base + "/materials/" + material + "/content").then().statusCode(404);
        enterprise(usccA).get("/api/v1/approval/applications/" + own + "/materials/" + material + "/content").then()
                .statusCode(404);
        a.get("/api/v1/approval/applications").then().statusCode(200)
                .body("items.id", hasItem(own)).body("items.id", not(hasItem(theirs)))
                .body("items.applicantUscc", everyItem(equalTo(usccA)));
        enterprise(usccA).queryParam("applicantUscc", usccB).get("/api/v1/approval/applications").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
        enterprise(usccA).get("/api/v1/approval/inbox").then().statusCode(200)
                .body("items.applicationId", not(hasItem(theirs)));
        enterprise(usccA).queryParam("recipient", usccB).get("/api/v1/approval/inbox").then().statusCode(200)
                .body("items.applicationId", not(hasItem(theirs)))
                .body("items.recipient", everyItem(equalTo(usccA)));
        enterprise(usccA).post("/api/v1/approval/inbox/" + reminder + "/read").then().statusCode(404);
        manager().queryParam("recipient", usccB).get("/api/v1/approval/inbox").then()
                .body("items.find { it.id == " + reminder + " }.readAt", nullValue());

        for (String step : List.of("submit", "withdraw", "supply-supplement", "supply-deficiency")) {
            step(enterprise(usccA), theirs, step, null).statusCode(404);
        }
        enterprise(usccA).contentType(ContentType.JSON).body("{\"formData\":{\"x\":\"y\"}}").put(base + "/form").then()
                .statusCode(404);
        upload(enterprise(usccA), theirs, itemX + "-extra").statusCode(404);
        step(enterprise(usccA), theirs, "rating", "{\"score\":1}").statusCode(404);
        enterprise(usccA).get("/api/v1/approval/tasks").then().statusCode(403);
        enterprise(usccA).get("/api/v1/approval/follow-ups").then().statusCode(403);
        manager().get(base + "/materials").then().body("size()", equalTo(2));
    }

    @Test
    void anOfficerDecidesOnlyItsOwnDepartmentsTask() {
        String id = submitted(usccA, null, bundle, List.of(itemX + "-main", itemY + "-main"));
        step(manager(), id, "accept", null).statusCode(200);
        String taskY = manager().get("/api/v1/approval/applications/" + id).then().extract()
                .path("tasks.find { it.department == '" + deptY + "' }.id");
        String decision = "/api/v1/approval/applications/" + id + "/tasks/" + taskY + "/decision";

        officer(deptX).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}").post(decision).then()
                .statusCode(403).contentType("application/problem+json");
        officer(unique("dept-z")).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}").post(decision).then()
                .statusCode(404);
        officer(deptX).get("/api/v1/approval/tasks").then().statusCode(200)
                .body("items.department", everyItem(equalTo(deptX)));
        manager().get("/api/v1/approval/applications/" + id).then()
                .body("tasks.find { it.department == '" + deptY + "' }.status", equalTo("PENDING"));
        officer(deptY).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}").post(decision).then()
                .statusCode(200);
    }

    @Test
    void anOfficerTokenWithoutADepartmentReachesNoDepartment() {
        String id = submitted(usccA, itemX, null, List.of(itemX + "-main"));
        step(manager(), id, "accept", null).statusCode(200);
        for (String token : List.of(TestTokens.withGroups(Set.of("approval-officer"), null, null),
                TestTokens.withGroups(Set.of("approval-officer"), "dept", " "))) {
            for (String path : List.of("/api/v1/approval/tasks", "/api/v1/approval/follow-ups", "/api/v1/approval/inbox",
                    "/api/v1/approval/applications", "/api/v1/approval/applications/" + id)) {
                given().auth().oauth2(token).get(path).then().statusCode(anyOf(equalTo(401), equalTo(403), equalTo(404)))
                        .contentType("application/problem+json");
            }
        }
    }
}
