package io.parksuite.testing.probe;

import io.parksuite.testing.KafkaTestBroker;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,platform-test.enterprise.events.dlq,platform-test.events"))
class DatabaseOutageProblemTest {

    @Test
    void aRequestWhoseDatabaseSessionIsTerminatedAnswers503WithRetryAfterAndTheNextOneSucceeds() {
        given().when().post("/probe/terminated")
                .then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", "5")
                .body("type", equalTo("https://parksuite.example/problems/service-unavailable"))
                .body("status", equalTo(503));
        given().when().post("/probe/healthy").then().statusCode(200);
    }

    @Test
    void aJsonBodyWithContentAfterTheDocumentIsMalformed() {
        given().contentType("application/json").body("{\"name\":\"x\"}").when().post("/probe/echo")
                .then().statusCode(200).body("name", equalTo("x"));
        given().contentType("application/json").body("{\"name\":\"x\"}}]").when().post("/probe/echo")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://parksuite.example/problems/malformed-request"));
    }

    @Test
    void aBodyThatIsNotWellFormedUtf8IsMalformed() {
        byte[] overlongSlash = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        given().contentType("application/json").body(overlongSlash).when().post("/probe/echo")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("UTF-8"));
        given().contentType("text/plain; charset=UTF-8").body(new byte[] {'a', (byte) 0xE4, (byte) 0xB8}).when().post("/probe/text")
                .then().statusCode(400)
                .body("type", equalTo("https://parksuite.example/problems/malformed-request"));
        given().contentType("text/plain; charset=UTF-8").body("经开区".getBytes(StandardCharsets.UTF_8))
                .when().post("/probe/text").then().statusCode(200).body(equalTo("3"));
    }

    @Test
    void aMultipartBodyWithoutItsPartsIsMalformed() {
        given().contentType("multipart/form-data; boundary=fuzz").body("--fuzz\r\nContent-Disposition: form-data; name=\"file\"".getBytes(StandardCharsets.UTF_8))
                .when().post("/probe/upload")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://parksuite.example/problems/malformed-request"));
    }
}
