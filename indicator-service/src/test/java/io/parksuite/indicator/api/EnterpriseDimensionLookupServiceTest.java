package io.parksuite.indicator.api;

import io.parksuite.indicator.Registry;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;

/** Asking which of a set of enterprises the indicator service knows, before uploading their reports. */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class EnterpriseDimensionLookupServiceTest {

    @Inject
    Registry registry;

    @Test
    void answersTheKnownOnesInUsccOrderAndLeavesTheOthersOut() {
        List<String> known = Stream.of(TestUscc.random(), TestUscc.random()).sorted().toList();
        known.forEach(uscc -> registry.apply(Registry.snapshot(uscc, 1).street("LOOKUP")));
        String unknown = TestUscc.random();
        given().auth().oauth2(TestTokens.forRole("gov-system"))
                .queryParam("uscc", known.get(1)).queryParam("uscc", unknown).queryParam("uscc", known.get(0))
                .when().get("/api/v1/indicators/enterprises")
                .then().statusCode(200)
                .body("uscc", contains(known.get(0), known.get(1)))
                .body("streetCode", contains("LOOKUP", "LOOKUP"));
    }

    @Test
    void namesTheParameterWhenNoneOrTooManyAreAsked() {
        given().auth().oauth2(TestTokens.forRole("gov-system"))
                .when().get("/api/v1/indicators/enterprises")
                .then().statusCode(422).body(containsString("uscc"));
        given().auth().oauth2(TestTokens.forRole("gov-system"))
                .queryParam("uscc", Collections.nCopies(101, TestUscc.random()))
                .when().get("/api/v1/indicators/enterprises")
                .then().statusCode(422).body(containsString("at most 100"));
    }
}
