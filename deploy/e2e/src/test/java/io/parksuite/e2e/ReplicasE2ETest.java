package io.parksuite.e2e;

import io.parksuite.testing.SuiteTokens;
import io.parksuite.testing.TestUscc;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.time.Duration;
import java.util.Optional;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of a service (副本) behind the gateway ({@code deploy/suite up --replicas 2}): a
 * write through the gateway is read back at once from each instance's own port, since both share
 * one database, and the gateway spreads reads across both, counted from each instance's
 * {@code http_server_requests_seconds_count}; a retry with the same {@code Idempotency-Key} that
 * reaches the other instance is answered from the first. Runs only when {@code SUITE_REPLICAS=2}.
 */
@EnabledIfEnvironmentVariable(named = "SUITE_REPLICAS", matches = "2")
class ReplicasE2ETest {

    private static final String HOST = Optional.ofNullable(System.getenv("SERVICES_HOST"))
            .filter(host -> !host.isBlank()).orElse("127.0.0.1");
    private static final int FIRST = 8081;
    private static final int SECOND = FIRST + 100;
    private static final String READ_BY_USCC = "uri=\"/api/v1/enterprises/{uscc}\"";
    private static final int READS = 20;

    @Test
    void aWriteThroughTheGatewayIsVisibleAtOnceOnBothInstances() {
        String uscc = registered();

        for (int port : new int[] {FIRST, SECOND}) {
            instance(port).auth().oauth2(SuiteTokens.forClient("park-leader", "e2e-replicas"))
                    .when().get("/api/v1/enterprises/{uscc}", uscc)
                    .then().statusCode(200)
                    .body("uscc", equalTo(uscc))
                    .body("name", equalTo("双实例测试企业"));
        }
    }

    @Test
    void theGatewaySpreadsReadsAcrossBothInstances() {
        String uscc = registered();
        String token = SuiteTokens.forClient("park-leader", "e2e-replicas");
        double firstBefore = reads(FIRST);
        double secondBefore = reads(SECOND);

        for (int i = 0; i < READS; i++) {
            Gateway.request().auth().oauth2(token)
                    .when().get("/api/v1/enterprises/{uscc}", uscc)
                    .then().statusCode(200);
        }

        // A request is counted as its response completes: wait until all of them are.
        await().atMost(Duration.ofSeconds(10)).until(() ->
                reads(FIRST) - firstBefore + reads(SECOND) - secondBefore >= READS);
        double first = reads(FIRST) - firstBefore;
        double second = reads(SECOND) - secondBefore;
        assertTrue(first >= 1 && second >= 1,
                "reads per instance through the gateway: " + first + " and " + second);
    }

    @Test
    void aRetryReachingTheOtherInstanceIsAnsweredFromTheFirst() {
        String uscc = registered();
        String token = SuiteTokens.forClient("park-admin", "e2e-replicas");
        String key = "e2e-replicas-" + uscc;
        String valuation = """
                {"amount": 800000000, "currency": "CNY", "valuedOn": "2019-06-30", "source": "双实例重试测试"}""";

        int id = instance(FIRST).auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(valuation)
                .when().post("/api/v1/enterprises/{uscc}/valuations", uscc)
                .then().statusCode(201).extract().path("id");
        instance(SECOND).auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(valuation)
                .when().post("/api/v1/enterprises/{uscc}/valuations", uscc)
                .then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(id));

        instance(SECOND).auth().oauth2(token)
                .when().get("/api/v1/enterprises/{uscc}/valuations", uscc)
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo(id));
    }

    private static String registered() {
        String uscc = TestUscc.random();
        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-admin", "e2e-replicas"))
                .contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "双实例测试企业"}""".formatted(uscc))
                .when().post("/api/v1/enterprises")
                .then().statusCode(201);
        return uscc;
    }

    private static RequestSpecification instance(int port) {
        return RestAssured.given().baseUri("http://" + HOST + ":" + port);
    }

    /** GETs by USCC an instance has answered so far, every status included. */
    private static double reads(int port) {
        return instance(port).when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{"))
                .filter(line -> line.contains("method=\"GET\"") && line.contains(READ_BY_USCC))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
