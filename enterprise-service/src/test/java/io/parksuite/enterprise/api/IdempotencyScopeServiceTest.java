package io.parksuite.enterprise.api;

import io.parksuite.enterprise.EnterpriseRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An Idempotency-Key belongs to one user of one client application: two users of the same app who
 * send the same key and body each get the answer to their own request, never the other's.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class IdempotencyScopeServiceTest {

    @Test
    void twoUsersOfOneAppWithTheSameKeyDoNotShareAnswers() {
        String key = "shared-" + UUID.randomUUID();
        String uscc = TestUscc.random();
        ExtractableResponse<Response> first = register(TestTokens.forClient("park-admin", "park-mobile"), key, uscc);
        ExtractableResponse<Response> second = register(TestTokens.forClient("gov-system", "park-mobile"), key, uscc);

        assertEquals(201, first.statusCode());
        assertEquals(409, second.statusCode(), "the second user's own request: the USCC is taken");
        assertNull(second.header("Idempotency-Replayed"), "never the first user's stored answer");

        ExtractableResponse<Response> retry = register(TestTokens.forClient("park-admin", "park-mobile"), key, uscc);
        assertEquals(201, retry.statusCode());
        assertEquals("true", retry.header("Idempotency-Replayed"));
    }

    private static ExtractableResponse<Response> register(String token, String key, String uscc) {
        return EnterpriseRequests.post(given().auth().oauth2(token).header("Idempotency-Key", key), uscc, "同钥企业")
                .extract();
    }
}
