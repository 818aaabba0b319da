package io.parksuite.e2e;

import io.parksuite.testing.SuiteTokens;
import io.parksuite.testing.TestUscc;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-stop desk across services, through the gateway: a project signed in project-service gets a
 * pre-filled 工业项目开工一件事 draft in approval-service; the enterprise hands it in, an officer accepts
 * it with a deficiency (容缺受理), the enterprise supplies the missing material, every department
 * approves in parallel, and project-service records the approval.
 */
class ApprovalFlowE2ETest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static RequestSpecification as(String role) {
        return Gateway.request().auth().oauth2(SuiteTokens.forClient(role, "e2e-approval"));
    }

    private static RequestSpecification enterprise(String uscc) {
        return Gateway.request().auth().oauth2(SuiteTokens.forEnterprise(uscc));
    }

    private static RequestSpecification officer(String dept) {
        return Gateway.request().auth().oauth2(SuiteTokens.forOfficer(dept));
    }

    @Test
    void aSignedProjectGetsAPrefilledBundleThatConcludesBackInTheProject() throws Exception {
        as("service-manager").contentType(ContentType.JSON)
                .body(Files.readString(Path.of("../demo/data/approval-service-items.json")))
                .post("/api/v1/approval/service-items/bulk").then().statusCode(200);
        as("service-manager").contentType(ContentType.JSON)
                .body(Files.readString(Path.of("../demo/data/approval-bundles.json")))
                .post("/api/v1/approval/bundles/bulk").then().statusCode(200);
        Gateway.request().get("/api/v1/approval/service-items?size=1").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(200));

        String uscc = TestUscc.random();
        as("park-admin").contentType(ContentType.JSON)
                .body("{\"uscc\":\"%s\",\"name\":\"望城示例端到端新材料有限公司\",\"legalRepresentative\":\"王示例\"}".formatted(uscc))
                .post("/api/v1/enterprises").then().statusCode(201);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ExtractableResponse<Response> created = as("investment-officer").contentType(ContentType.JSON).body("""
                        {"name":"端到端新材料产业园","investor":{"uscc":"%s","name":"望城示例端到端新材料有限公司","type":"OTHER"},
                         "plannedInvestmentYuan":300000000,"landAreaMu":80,"stage":"NEGOTIATING","stageDate":"%s"}"""
                        .formatted(uscc, today))
                .post("/api/v1/projects").then().statusCode(201).extract();
        String projectId = created.path("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                Boolean.TRUE.equals(as("investment-officer").get("/api/v1/projects/" + projectId)
                        .then().extract().path("investor.linked")));
        String linkedVersion = as("investment-officer").get("/api/v1/projects/" + projectId)
                .then().statusCode(200).body("investor.uscc", equalTo(uscc)).extract().header("ETag");
        as("investment-officer").contentType(ContentType.JSON).header("If-Match", linkedVersion)
                .body("{\"to\":\"SIGNED\",\"date\":\"%s\",\"note\":\"签约大会\"}".formatted(today))
                .post("/api/v1/projects/" + projectId + "/transitions").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                enterprise(uscc).queryParam("projectId", projectId).get("/api/v1/approval/applications")
                        .then().extract().<Integer>path("total") == 1);
        Map<String, Object> draft = enterprise(uscc).queryParam("projectId", projectId).get("/api/v1/approval/applications")
                .then().statusCode(200)
                .body("items[0].status", equalTo("DRAFT"))
                .body("items[0].bundleCode", equalTo("industrial-construction"))
                .body("items[0].formData.projectName", equalTo("端到端新材料产业园"))
                .extract().path("items[0]");
        String id = (String) draft.get("id");

        Map<String, Object> bundle = Gateway.request().get("/api/v1/approval/bundles/industrial-construction")
                .then().statusCode(200).extract().path("");
        List<Map<String, Object>> materials = (List<Map<String, Object>>) bundle.get("materials");
        String missing = null;
        for (Map<String, Object> material : materials) {
            if ((Boolean) material.get("main")) {
                upload(uscc, id, (String) material.get("code"));
            } else if (missing == null && (Boolean) material.get("deficiencyAllowed")) {
                missing = (String) material.get("code");
            }
        }
        Map<String, Object> formData = (Map<String, Object>) draft.get("formData");
        for (Map<String, Object> field : (List<Map<String, Object>>) bundle.get("form")) {
            if ((Boolean) field.get("required") && !formData.containsKey((String) field.get("key"))) {
                formData.put((String) field.get("key"), "示例");
            }
        }
        assertTrue(missing != null, "the bundle has a 容缺-eligible secondary material");
        List<String> departments = (List<String>) bundle.get("departments");

        enterprise(uscc).contentType(ContentType.JSON).body(Map.of("formData", formData))
                .put("/api/v1/approval/applications/" + id + "/form").then().statusCode(200);
        enterprise(uscc).contentType(ContentType.JSON).post("/api/v1/approval/applications/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        String dueOn = as("service-manager").queryParam("from", today.toString())
                .queryParam("days", bundle.get("promisedLimitDays"))
                .get("/api/v1/approval/calendar/working-days").then().statusCode(200).extract().path("deadline");
        officer(departments.get(0)).contentType(ContentType.JSON).body("""
                        {"missingMaterials":["%s"],"commitment":"本企业承诺在期限内补齐","dueOn":"%s"}""".formatted(missing, dueOn))
                .post("/api/v1/approval/applications/" + id + "/accept-with-deficiency").then().statusCode(200)
                .body("acceptance", equalTo("ACCEPTED_WITH_DEFICIENCY"))
                .body("tasks.size()", equalTo(departments.size()));
        upload(uscc, id, missing);
        enterprise(uscc).contentType(ContentType.JSON).post("/api/v1/approval/applications/" + id + "/supply-deficiency")
                .then().statusCode(200).body("deficiency.resolved", equalTo(true));

        List<Map<String, Object>> tasks = as("service-manager").get("/api/v1/approval/applications/" + id)
                .then().extract().path("tasks");
        for (int i = tasks.size() - 1; i >= 0; i--) {
            Map<String, Object> task = tasks.get(i);
            officer((String) task.get("department")).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                    .post("/api/v1/approval/applications/" + id + "/tasks/" + task.get("id") + "/decision")
                    .then().statusCode(200);
        }
        as("service-manager").get("/api/v1/approval/applications/" + id).then()
                .body("status", equalTo("APPROVED")).body("result", equalTo("approved"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                "APPROVED".equals(as("park-leader").get("/api/v1/projects/" + projectId).then().extract()
                        .path("approval.result")));
        assertEquals(id, as("park-leader").get("/api/v1/projects/" + projectId).then().extract().path("approval.applicationId"));
    }

    private static void upload(String uscc, String id, String code) {
        enterprise(uscc).contentType("application/pdf").body(PDF).queryParam("code", code)
                .queryParam("fileName", code + ".pdf")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(201);
    }
}
