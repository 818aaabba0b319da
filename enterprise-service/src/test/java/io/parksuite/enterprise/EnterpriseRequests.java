package io.parksuite.enterprise;

import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Registry calls and checks shared by the enterprise-service tests. */
public final class EnterpriseRequests {

    private EnterpriseRequests() {
    }

    public static ValidatableResponse post(RequestSpecification request, String uscc, String name) {
        return request.contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "%s"}""".formatted(uscc, name))
                .when().post("/api/v1/enterprises")
                .then();
    }

    public static ValidatableResponse post(String role, String uscc, String name) {
        return post(given().auth().oauth2(TestTokens.forRole(role)), uscc, name);
    }

    /** Registers a fresh enterprise as a park admin and returns its USCC. */
    public static String register(String name) {
        String uscc = TestUscc.random();
        post("park-admin", uscc, name).statusCode(201);
        return uscc;
    }

    public static long outboxRowsFor(String uscc) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId", uscc));
    }
}
