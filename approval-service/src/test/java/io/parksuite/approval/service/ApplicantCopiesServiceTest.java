package io.parksuite.approval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.domain.ApplicantEnterprise;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ApplicantCopiesServiceTest {

    @Inject
    ApplicantCopies copies;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void aBatchKeepsEachEnterprisesNewestSnapshotWhateverItsOrder() {
        String first = TestUscc.random();
        String second = TestUscc.random();
        int written = QuarkusTransaction.requiringNew().call(() -> copies.applyAll(List.of(
                snapshot(first, 1, "初名有限公司", "张一"),
                snapshot(second, 4, "乙企业有限公司", null),
                snapshot(first, 3, "三名有限公司", "张三"),
                snapshot(first, 2, "二名有限公司", "张二"))));

        assertEquals(2, written, "one row per enterprise");
        ApplicantEnterprise copy = find(first);
        assertEquals("三名有限公司", copy.name);
        assertEquals("张三", copy.legalRepresentative);
        assertEquals(3, copy.aggregateVersion);
        assertEquals("三名有限公司", read(copy.snapshot).get("name").asText());
        assertNull(find(second).legalRepresentative);

        int replaced = QuarkusTransaction.requiringNew().call(() -> copies.applyAll(List.of(
                snapshot(first, 2, "二名有限公司", "张二"), snapshot(second, 5, "乙企业更名有限公司", "王五"))));
        assertEquals(1, replaced, "an older snapshot changes nothing");
        assertEquals("三名有限公司", find(first).name);
        assertEquals("乙企业更名有限公司", find(second).name);
        assertEquals("王五", find(second).legalRepresentative);
        assertEquals(5, find(second).aggregateVersion);
    }

    private IncomingEvent snapshot(String uscc, long version, String name, String legalRepresentative) {
        String data = """
                {"uscc":"%s","name":"%s","status":"ACTIVE","aggregateVersion":%d,"registeredAt":"2026-11-01T08:00:00Z",
                 "legalRepresentative":%s,"address":"长沙市望城区示例路%d号"}"""
                .formatted(uscc, name, version, legalRepresentative == null ? "null" : "\"" + legalRepresentative + "\"",
                        version);
        return new IncomingEvent(UUID.randomUUID().toString(), "parksuite.enterprise.updated.v1",
                "/enterprise-service", uscc, OffsetDateTime.now(), read(data));
    }

    private JsonNode read(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApplicantEnterprise find(String uscc) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicantEnterprise.findById(uscc));
    }
}
