package io.parksuite.enterprise.api;

import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * OWASP API6 (unrestricted access to sensitive business flows): the bulk imports, registrations
 * and classification files from the statistics bureau included, are for their roles only. Every
 * other role, an enterprise acting on its own record included, gets 403 and writes nothing.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class BulkImportRolesServiceTest {

    private static final List<String> ROLES = List.of("park-admin", "park-leader", "investment-officer",
            "approval-officer", "service-manager", "statistician", "gov-system", "enterprise");
    private static final Set<String> REGISTRARS = Set.of("park-admin", "gov-system");
    private static final Set<String> ADMIN = Set.of("park-admin");

    /** A bulk endpoint, who may call it, a one-row body about an enterprise, and how many rows of it are stored. */
    record Upload(String path, Set<String> allowed, BiFunction<String, String, String> body,
                  BiFunction<String, String, Integer> stored) {
        @Override
        public String toString() {
            return path;
        }
    }

    private static final List<Upload> UPLOADS = List.of(
            new Upload("/api/v1/enterprises/bulk", REGISTRARS,
                    (uscc, tag) -> "[{\"uscc\": \"%s\", \"name\": \"批量登记%s\"}]".formatted(tag, tag),
                    (uscc, tag) -> admin().when().get("/api/v1/enterprises/" + tag).statusCode() == 200 ? 1 : 0),
            new Upload("/api/v1/registry/imports/designations", REGISTRARS,
                    (uscc, tag) -> "[{\"uscc\": \"%s\", \"type\": \"GAZELLE\", \"year\": 2019}]".formatted(uscc),
                    (uscc, tag) -> listed("/api/v1/enterprises/" + uscc + "/designations")),
            new Upload("/api/v1/registry/imports/chain-memberships", REGISTRARS,
                    (uscc, tag) -> "[{\"uscc\": \"%s\", \"chainCode\": \"BIOMEDICINE\", \"validFrom\": \"2019-01-01\"}]"
                            .formatted(uscc),
                    (uscc, tag) -> listed("/api/v1/enterprises/" + uscc + "/chains")),
            new Upload("/api/v1/registry/platforms/bulk", ADMIN,
                    (uscc, tag) -> "[" + InnovationPlatformServiceTest.platform(uscc, "INCUBATOR", "MUNICIPAL", "众创空间", 2019) + "]",
                    (uscc, tag) -> admin().queryParam("uscc", uscc).when().get("/api/v1/registry/platforms")
                            .then().statusCode(200).extract().path("total")),
            new Upload("/api/v1/registry/park-titles/bulk", ADMIN,
                    (uscc, tag) -> "[{\"name\": \"示范基地%s\", \"level\": \"NATIONAL\", \"year\": 2019}]".formatted(tag),
                    (uscc, tag) -> admin().when().get("/api/v1/registry/park-titles").then().statusCode(200)
                            .extract().<List<String>>path("name").contains("示范基地" + tag) ? 1 : 0),
            new Upload("/api/v1/registry/ledgers/rewards/bulk", ADMIN,
                    (uscc, tag) -> "[{\"uscc\": \"%s\", \"programme\": \"奖励\", \"year\": 2019, \"amountYuan\": 1000}]"
                            .formatted(uscc),
                    (uscc, tag) -> listed("/api/v1/registry/ledgers/rewards?uscc=" + uscc)),
            new Upload("/api/v1/registry/ledgers/patent-navigation/bulk", ADMIN,
                    (uscc, tag) -> "[{\"uscc\": \"%s\", \"year\": 2019}]".formatted(uscc),
                    (uscc, tag) -> listed("/api/v1/registry/ledgers/patent-navigation?uscc=" + uscc)),
            new Upload("/api/v1/registry/ledgers/risk-compensation-loans/bulk", ADMIN,
                    (uscc, tag) -> """
                            [{"uscc": "%s", "bank": "长沙银行", "amountYuan": 100000, "loanDate": "2019-03-15",
                              "maturityDate": "2020-03-14", "compensationShare": 0.5, "contractNumber": "%s"}]"""
                            .formatted(uscc, tag),
                    (uscc, tag) -> listed("/api/v1/registry/ledgers/risk-compensation-loans?uscc=" + uscc)));

    static Stream<Arguments> refusedCalls() {
        return UPLOADS.stream().flatMap(upload -> ROLES.stream()
                .filter(role -> !upload.allowed().contains(role))
                .map(role -> Arguments.of(upload, role)));
    }

    @ParameterizedTest(name = "{1} may not POST {0}")
    @MethodSource("refusedCalls")
    void everyOtherRoleIsForbiddenAndWritesNothing(Upload upload, String role) {
        String uscc = register("批量越权企业");
        String tag = TestUscc.random();
        RequestSpecification caller = role.equals("enterprise")
                ? given().auth().oauth2(TestTokens.forEnterpriseWithDefaultRoles(uscc))
                : given().auth().oauth2(TestTokens.forRole(role));
        caller.contentType(ContentType.JSON).header("Idempotency-Key", "refused-" + tag)
                .body(upload.body().apply(uscc, tag))
                .when().post(upload.path()).then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        assertEquals(0, upload.stored().apply(uscc, tag), upload.path() + " stored a row for " + role);
    }

    @Test
    void aCsvFileIsRefusedTheSameWay() {
        String uscc = register("CSV越权企业");
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("text/csv")
                .body("uscc,type,year\n" + uscc + ",GAZELLE,2019\n")
                .when().post("/api/v1/registry/imports/designations").then().statusCode(403);
        assertEquals(0, listed("/api/v1/enterprises/" + uscc + "/designations"));
    }

    @Test
    void theBodiesAreAcceptedFromTheRolesAllowed() {
        for (Upload upload : UPLOADS) {
            for (String role : upload.allowed()) {
                String uscc = register("批量授权企业");
                String tag = TestUscc.random();
                given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                        .body(upload.body().apply(uscc, tag))
                        .when().post(upload.path()).then().statusCode(200);
                assertEquals(1, upload.stored().apply(uscc, tag), upload.path() + " as " + role);
            }
        }
    }

    private static int listed(String path) {
        return admin().when().get(path).then().statusCode(200).extract().<List<?>>path("").size();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }
}
