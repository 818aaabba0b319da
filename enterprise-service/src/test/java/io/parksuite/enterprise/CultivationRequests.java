package io.parksuite.enterprise;

import io.parksuite.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** Cultivation pool (培育库) calls shared by the enterprise-service tests. */
public final class CultivationRequests {

    public static final String POOL = "/api/v1/registry/cultivation-pool";

    private CultivationRequests() {
    }

    /** The pool's entries of one enterprise, as park-leader reads them. */
    public static ValidatableResponse entriesOf(String uscc) {
        return given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("uscc", uscc)
                .when().get(POOL).then().statusCode(200);
    }

    public static ValidatableResponse history(long id) {
        return given().auth().oauth2(TestTokens.forRole("investment-officer"))
                .when().get(POOL + "/{id}/history", id).then();
    }

    public static ValidatableResponse add(String role, String uscc, String programme, String extra) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "programme": "%s"%s}""".formatted(uscc, programme, extra))
                .when().post(POOL).then();
    }

    public static ValidatableResponse changeStatus(String role, long id, String status, String reason) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                .body(reason == null ? """
                        {"status": "%s"}""".formatted(status) : """
                        {"status": "%s", "reason": "%s"}""".formatted(status, reason))
                .when().post(POOL + "/{id}/status-changes", id).then();
    }
}
