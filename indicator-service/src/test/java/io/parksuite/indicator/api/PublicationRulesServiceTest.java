package io.parksuite.indicator.api;

import io.parksuite.indicator.Registry;
import io.parksuite.indicator.ReleaseCalendar;
import io.parksuite.indicator.Reports;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static io.parksuite.indicator.api.OpenDataPublicationServiceTest.HEADLINE;
import static io.parksuite.indicator.api.OpenDataPublicationServiceTest.enterprises;
import static io.parksuite.indicator.api.OpenDataPublicationServiceTest.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may publish open data and what a publication refuses: only the statistics office publishes;
 * a period not over, a release still ahead and bad rows are problems; concurrent publishes of one
 * period never share a revision number.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class PublicationRulesServiceTest {

    private static final String PUBLICATIONS = "/api/v1/indicators/publications";

    @Inject
    Registry registry;

    @Test
    void onlyTheStatisticsOfficePublishesAndBadInputIsAProblem() {
        for (String role : List.of("park-leader", "investment-officer", "approval-officer", "service-manager",
                "gov-system", "enterprise")) {
            publish(role, "2011-03", "{}").statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.forRole(role)).contentType("application/json")
                    .body("[{\"period\": \"2011-03\"}]").when().post(PUBLICATIONS)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType("application/json").body("{}").when().post(PUBLICATIONS + "/2011-03")
                .then().statusCode(401);
        given().queryParam("period", "2011-03").when().get("/api/v1/open-data/indicators").then().statusCode(404);

        publish("statistician", "2099-06", "{}").statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
        publish("statistician", "2011-13", "{}").statusCode(422).body("errors[0].field", equalTo("period"));
        publish("statistician", "2011-03", "{\"period\": \"2011-04\"}").statusCode(422)
                .body("errors[0].field", equalTo("period"));
        publish("statistician", "2011-03", "{\"note\": \"" + "长".repeat(1001) + "\"}").statusCode(422)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("[{\"period\": \"2011-03\"}, {\"period\": \"2011-3\"}]").when().post(PUBLICATIONS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rows[2].period"));
        given().queryParam("period", "2011-03").when().get("/api/v1/open-data/indicators").then().statusCode(404);

        String ahead = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("{\"releasedAt\": \"" + ahead + "\"}").when().put("/api/v1/indicators/releases/2011-05")
                .then().statusCode(200).body("released", equalTo(false));
        publish("statistician", "2011-05", "{}").statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("statistician")).when().get("/api/v1/indicators/releases")
                .then().statusCode(200).body("find { it.period == '2011-05' }.released", equalTo(false));
    }

    @Test
    void concurrentPublishesOfAPeriodNeverShareARevision() throws Exception {
        List<String> usccs = enterprises(registry, 2015, 3000, 3100, 3200, 3300, 3400, 3500);
        ReleaseCalendar.release("2015-02", "2015-03");
        ReleaseCalendar.publish("2015-03");
        ExecutorService pool = Executors.newFixedThreadPool(usccs.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < usccs.size(); i++) {
                String uscc = usccs.get(i);
                long output = 4000 + 100L * i;
                calls.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    Reports.of().add(uscc, "2015-03", "FINAL", BigDecimal.valueOf(output)).send();
                    return given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                            .body("{\"note\": \"更正 " + uscc + "\"}").when().post(PUBLICATIONS + "/2015-03");
                }, pool));
            }
            start.countDown();
            Set<Integer> created = new TreeSet<>();
            for (CompletableFuture<Response> call : calls) {
                Response response = call.get();
                assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.asString());
                if (response.statusCode() == 201) {
                    assertTrue(created.add(response.path("revision")), "revision " + response.path("revision")
                            + " was created twice");
                }
            }
            List<Integer> revisions = given().when().get(HEADLINE + "/periods/2015-03/revisions")
                    .then().statusCode(200).extract().path("revision");
            assertEquals(IntStream.rangeClosed(1, revisions.size()).boxed().toList(), revisions);
            assertEquals(revisions.subList(1, revisions.size()), List.copyOf(created));
            publish("statistician", "2015-03", "{\"note\": \"再次发布\"}").statusCode(200)
                    .body("created", equalTo(false)).body("revision", equalTo(revisions.size()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
