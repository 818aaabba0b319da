package io.parksuite.approval.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.platform.calendar.LoadedCalendar;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ReferenceDataEventsServiceTest {

    @Inject
    EventSchemas schemas;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void everyItemCreatedOrChangedIsAnnouncedWithItsVersionAndRateFacts() throws Exception {
        String dept = unique("dept-r");
        String item = unique("R");
        createItem(item, dept, 20, 5);
        String etag = manager().get("/api/v1/approval/service-items/" + item).then().statusCode(200).extract().header("ETag");
        manager().contentType(ContentType.JSON).header("If-Match", etag)
                .body(itemJson(item, dept, 20, 3, false, false).replace("\"onlineCapable\":true", "\"onlineCapable\":false"))
                .put("/api/v1/approval/service-items/" + item).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicReader.read("approval.events", r -> item.equals(r.key()), 2,
                Duration.ofSeconds(30));
        records.sort(Comparator.comparingLong(ConsumerRecord::offset));
        for (ConsumerRecord<String, String> record : records) {
            assertEquals(ServiceItemEvents.CHANGED, TopicReader.header(record, "ce_type"));
            assertEquals(List.of(), schemas.violations(ServiceItemEvents.CHANGED, objectMapper.readTree(record.value())));
        }
        JsonNode created = objectMapper.readTree(records.get(0).value());
        JsonNode changed = objectMapper.readTree(records.get(1).value());
        assertEquals(item, created.get("itemCode").asText());
        assertEquals(dept, created.get("department").asText());
        assertEquals(5, created.get("promisedLimitDays").asInt());
        assertEquals(20, created.get("statutoryLimitDays").asInt());
        assertEquals("APPLICATION_BASED", created.get("itemKind").asText());
        assertEquals(3, changed.get("promisedLimitDays").asInt());
        assertEquals("ON_SITE", changed.get("handlingDepth").asText());
        assertTrue(changed.get("version").asLong() > created.get("version").asLong(), "the version grows with the change");
    }

    @Test
    void aLoadedHolidayNoticeIsAnnouncedWithTheRevisionItMade() throws Exception {
        String notice = "date,type,name\n2037-01-02,HOLIDAY,元旦\n2037-01-10,WORKDAY,元旦调休\n";
        as("park-admin").contentType("text/csv").body(notice).put("/api/v1/approval/calendar/2037").then().statusCode(200);
        as("park-admin").contentType("text/csv").body("2037-01-02,HOLIDAY,元旦\n").put("/api/v1/approval/calendar/2037")
                .then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicReader.read("approval.events",
                r -> "calendar-2037".equals(r.key()), 2, Duration.ofSeconds(30));
        records.sort(Comparator.comparingLong(ConsumerRecord::offset));
        JsonNode first = objectMapper.readTree(records.get(records.size() - 2).value());
        JsonNode second = objectMapper.readTree(records.get(records.size() - 1).value());
        assertEquals(LoadedCalendar.YEAR_LOADED, TopicReader.header(records.get(0), "ce_type"));
        assertEquals(List.of(), schemas.violations(LoadedCalendar.YEAR_LOADED, first));
        assertEquals(2037, first.get("year").asInt());
        assertEquals(2, first.get("days").size());
        assertEquals("WORKDAY", first.get("days").get(1).get("type").asText());
        assertEquals(1, second.get("days").size());
        assertEquals(first.get("revision").asLong() + 1, second.get("revision").asLong(), "each load moves the revision");
    }
}
