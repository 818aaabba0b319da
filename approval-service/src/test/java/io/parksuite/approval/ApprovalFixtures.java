package io.parksuite.approval;

import io.parksuite.approval.domain.KnownProject;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Catalogue entries, applications and calls shared by the approval-service tests. */
public final class ApprovalFixtures {

    public static final String TOPICS = "approval.events,project.events,enterprise.events,"
            + "approval-service.project.events.dlq,approval-service.enterprise.events.dlq";
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private ApprovalFixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role));
    }

    public static RequestSpecification manager() {
        return as("service-manager");
    }

    public static RequestSpecification officer(String dept) {
        return given().auth().oauth2(TestTokens.forOfficer(dept));
    }

    public static RequestSpecification enterprise(String uscc) {
        return given().auth().oauth2(TestTokens.forEnterprise(uscc));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * An item JSON: one main material "{code}-main", one secondary 容缺-eligible "{code}-extra", form fields
     * enterpriseName (shared) and "{code}-field".
     */
    public static String itemJson(String code, String dept, Integer statutory, int promised, boolean notifyCommit,
                                  boolean buildFirst) {
        return """
                {"code":"%s","name":"测试事项 %s","department":"%s","departmentName":"测试部门 %s",
                 "itemType":"%s","handlingMode":"%s","statutoryLimitDays":%s,"promisedLimitDays":%d,
                 "materials":[{"code":"%s-main","name":"申请书","main":true,"deficiencyAllowed":false,"templateRef":"tpl/a.pdf"},
                              {"code":"%s-extra","name":"租赁合同","main":false,"deficiencyAllowed":true},
                              {"code":"shared-licence","name":"营业执照","main":false,"deficiencyAllowed":true}],
                 "formFields":[{"key":"enterpriseName","label":"企业名称","type":"text","required":true},
                               {"key":"%s-field","label":"专项信息","type":"text","required":false}],
                 "feeYuan":0,"onlineCapable":true,"notifyCommitEligible":%s,"buildFirstEligible":%s,"maxVisits":1}
                """.formatted(code, code, dept, dept, statutory == null ? "PUBLIC_SERVICE" : "ADMINISTRATIVE_LICENCE",
                promised == 0 ? "IMMEDIATE" : "PROMISED", statutory == null ? "null" : statutory.toString(), promised,
                code, code, code, notifyCommit, buildFirst);
    }

    public static void createItem(String code, String dept, Integer statutory, int promised) {
        createItem(code, dept, statutory, promised, false, false);
    }

    public static void createItem(String code, String dept, Integer statutory, int promised, boolean notifyCommit,
                                  boolean buildFirst) {
        manager().contentType(ContentType.JSON).body(itemJson(code, dept, statutory, promised, notifyCommit, buildFirst))
                .post("/api/v1/approval/service-items").then().statusCode(201);
    }

    public static void createBundle(String code, List<String> items) {
        manager().contentType(ContentType.JSON).body("""
                {"code":"%s","name":"测试一件事 %s","itemCodes":[%s]}""".formatted(code, code,
                        String.join(",", items.stream().map(i -> "\"" + i + "\"").toList())))
                .post("/api/v1/approval/bundles").then().statusCode(201);
    }

    /** A draft for an item or bundle by an enterprise; returns its id. */
    public static String draft(String uscc, String itemCode, String bundleCode) {
        return enterprise(uscc).contentType(ContentType.JSON).body("""
                        {"itemCode":%s,"bundleCode":%s,"applicantName":"测试企业","formData":{"enterpriseName":"测试企业"}}"""
                        .formatted(quote(itemCode), quote(bundleCode)))
                .post("/api/v1/approval/applications").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse upload(RequestSpecification who, String id, String materialCode) {
        return who.contentType("application/pdf").body(PDF)
                .queryParam("code", materialCode).queryParam("fileName", materialCode + ".pdf")
                .post("/api/v1/approval/applications/" + id + "/materials").then();
    }

    public static ValidatableResponse step(RequestSpecification who, String id, String step, String body) {
        RequestSpecification request = who.contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.post("/api/v1/approval/applications/" + id + "/" + step).then();
    }

    /** Draft, upload every main material, submit: returns the id of a SUBMITTED application. */
    public static String submitted(String uscc, String itemCode, String bundleCode, List<String> mainMaterials) {
        String id = draft(uscc, itemCode, bundleCode);
        for (String material : mainMaterials) {
            upload(enterprise(uscc), id, material).statusCode(201);
        }
        step(enterprise(uscc), id, "submit", null).statusCode(200);
        return id;
    }

    /**
     * A project whose investor is {@code investorUscc} (null: a prospective investor without one), announced on
     * project.events as project-service does; returns once the desk knows it.
     */
    public static UUID knownProject(String investorUscc) {
        UUID project = UUID.randomUUID();
        String json = """
                {"id":"%s","name":"测试项目","investor":{"uscc":%s,"name":"测试投资方","type":"OTHER","linked":%s},
                 "plannedInvestmentYuan":100000000,"tier":"LARGE","faiEligible":true,"stage":"NEGOTIATING",
                 "stageDate":"2026-11-20","milestones":{"negotiating":"2026-11-20"},"completedInvestmentYuan":0,
                 "fundsArrivedYuan":0,"createdAt":"2026-11-20T08:00:00Z","updatedAt":"2026-11-20T08:00:00Z",
                 "aggregateVersion":1}""".formatted(project, quote(investorUscc), investorUscc != null);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("project.events", project.toString(),
                json.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "parksuite.project.created.v1",
                        "ce_source", "/parksuite/project-service", "ce_subject", project.toString(),
                        "ce_time", OffsetDateTime.now().toString(), "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        TopicWriter.send(record);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> KnownProject.findById(project) != null));
        return project;
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
