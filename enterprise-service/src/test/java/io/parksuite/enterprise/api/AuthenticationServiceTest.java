package io.parksuite.enterprise.api;

import io.parksuite.enterprise.EnterpriseRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class AuthenticationServiceTest {

    @Inject
    JWTParser jwtParser;

    @Test
    void noTokenIsUnauthorized() {
        assertUnauthorized(given());
    }

    @Test
    void aMalformedTokenIsUnauthorized() {
        assertUnauthorized(given().auth().oauth2("not.a.jwt"));
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        assertUnauthorized(given().auth().oauth2(TestTokens.expired("park-admin")));
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthorized() {
        assertUnauthorized(given().auth().oauth2(TestTokens.withIssuer("park-admin", "https://elsewhere.example")));
    }

    @Test
    void aValidTokenWithTheWrongRoleIsForbiddenAndWritesNothing() {
        String uscc = TestUscc.random();
        EnterpriseRequests.post("statistician", uscc, "无权登记企业").statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        assertEquals(0L, EnterpriseRequests.outboxRowsFor(uscc));
    }

    @Test
    void aTokenIsVerifiedOnceAndAnAlteredCopyOfItIsStillRefused() throws ParseException {
        String reader = TestTokens.forRole("statistician");
        given().auth().oauth2(reader).when().get("/api/v1/enterprises/{uscc}", TestUscc.random())
                .then().statusCode(404);
        assertSame(jwtParser.parse(reader), jwtParser.parse(reader));

        // The statistician's signature under a park-admin's claims: a different token, verified in full.
        String[] signed = reader.split("\\.");
        String[] admin = TestTokens.forRole("park-admin").split("\\.");
        assertUnauthorized(given().auth().oauth2(signed[0] + "." + admin[1] + "." + signed[2]));
    }

    @Test
    void healthAndOpenApiArePublic() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/enterprises'.post.summary", equalTo("Register an enterprise"));
    }

    private static void assertUnauthorized(RequestSpecification request) {
        EnterpriseRequests.post(request, TestUscc.random(), "未认证企业").statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401));
    }
}
