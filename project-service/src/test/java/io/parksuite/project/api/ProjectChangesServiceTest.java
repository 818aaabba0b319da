package io.parksuite.project.api;

import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class ProjectChangesServiceTest {

    @Test
    void aCopyKeepsInStepByReadingOnFromItsCursor() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        String first = ProjectRequests.create("LEAD", LocalDate.of(2019, 1, 1), false);
        String second = ProjectRequests.create("LEAD", LocalDate.of(2019, 1, 1), false);

        ValidatableResponse read = feed(null, since, 200).statusCode(200).body("items.id", hasItem(first))
                .body("items.id", hasItem(second));
        String cursor = read.extract().path("nextCursor");
        feed(cursor, null, 200).statusCode(200).body("items", equalTo(List.of())).body("hasMore", equalTo(false));

        ProjectRequests.transition(first, "NEGOTIATING", LocalDate.of(2019, 2, 1), null).statusCode(200);
        feed(cursor, null, 200).statusCode(200)
                .body("items.id", equalTo(List.of(first)))
                .body("items[0].stage", equalTo("NEGOTIATING"));

        List<String> paged = feed(null, since, 1).statusCode(200).body("hasMore", equalTo(true)).extract().path("items.id");
        assertTrue(paged.size() == 1);
        feed("not-a-cursor", null, 10).statusCode(422).body("errors[0].field", equalTo("cursor"));
    }

    private static ValidatableResponse feed(String cursor, String since, int size) {
        var request = given().auth().oauth2(TestTokens.forRole("gov-system")).queryParam("size", size);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        if (since != null) {
            request.queryParam("updatedSince", since);
        }
        return request.when().get("/api/v1/projects/changes").then();
    }
}
