package io.parksuite.project;

import io.parksuite.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;

/** Project calls shared by the project-service tests. */
public final class ProjectRequests {

    public static final String TOPICS = "project.events,enterprise.events,approval.events,"
            + "project-service.enterprise.events.dlq,project-service.approval.events.dlq";

    private ProjectRequests() {
    }

    public static String body(String name, String investorName, String type, long plannedYuan, String stage,
                              LocalDate on, boolean buildBeforeApproval) {
        return """
                {"name": "%s", "investor": {"name": "%s", "type": "%s"}, "chainCode": "ELECTRONIC_INFORMATION",
                 "plannedInvestmentYuan": %d, "capacity": {"quantity": 40000000, "unit": "台/年"},
                 "streetCode": "JINSHANQIAO", "officer": "李明", "buildBeforeApproval": %s,
                 "stage": "%s", "stageDate": "%s"}""".formatted(name, investorName, type, plannedYuan,
                buildBeforeApproval, stage, on);
    }

    public static ValidatableResponse create(String role, String body) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/projects").then();
    }

    /** Creates a project as an investment officer and returns its id. */
    public static String create(String stage, LocalDate on, boolean buildBeforeApproval) {
        return create("investment-officer", body("测试项目", "测试投资方有限公司", "OTHER", 200_000_000L, stage, on,
                buildBeforeApproval)).statusCode(201).extract().path("id");
    }

    /** Creates a project of the investor {@code investorUscc} as an investment officer and returns its id. */
    public static String createFor(String investorUscc, String name, String stage, LocalDate on) {
        return create("investment-officer", """
                {"name": "%s", "investor": {"uscc": "%s", "name": "%s的投资方", "type": "OTHER"},
                 "chainCode": "ELECTRONIC_INFORMATION", "plannedInvestmentYuan": 300000000, "officer": "李明",
                 "stage": "%s", "stageDate": "%s"}""".formatted(name, investorUscc, name, stage, on))
                .statusCode(201).extract().path("id");
    }

    public static long version(String id) {
        return Long.parseLong(given().auth().oauth2(TestTokens.forRole("park-leader"))
                .when().get("/api/v1/projects/{id}", id).then().statusCode(200).extract().header("ETag")
                .replace("\"", ""));
    }

    public static ValidatableResponse transition(String id, String to, LocalDate on, String skipReason) {
        String reason = skipReason == null ? "null" : "\"" + skipReason + "\"";
        return given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version(id) + "\"")
                .body("""
                        {"to": "%s", "date": "%s", "note": "测试", "skipReason": %s}""".formatted(to, on, reason))
                .when().post("/api/v1/projects/{id}/transitions", id).then();
    }

    public static ValidatableResponse trialProduction(String id, LocalDate on) {
        return given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version(id) + "\"")
                .body("""
                        {"date": "%s"}""".formatted(on))
                .when().post("/api/v1/projects/{id}/trial-production", id).then();
    }
}
