package io.parksuite.platform.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TopicOwnersTest {

    @Test
    void aDomainTopicBelongsToItsService() {
        assertEquals("/parksuite/enterprise-service", TopicOwners.sourceOf("enterprise.events"));
        assertEquals("/parksuite/approval-service", TopicOwners.sourceOf("approval.events"));
    }

    @Test
    void aTopicOutsideTheConventionMatchesNoService() {
        assertNotEquals("/parksuite/-service", TopicOwners.sourceOf(".events"));
        assertEquals("/parksuite/no-owner-of/audit.heads", TopicOwners.sourceOf("audit.heads"));
    }
}
