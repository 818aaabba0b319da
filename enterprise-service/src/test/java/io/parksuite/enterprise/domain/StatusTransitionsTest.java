package io.parksuite.enterprise.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.parksuite.enterprise.domain.EnterpriseStatus.ACTIVE;
import static io.parksuite.enterprise.domain.EnterpriseStatus.DEREGISTERED;
import static io.parksuite.enterprise.domain.EnterpriseStatus.RELOCATED_OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusTransitionsTest {

    @Test
    void anActiveEnterpriseMayLeaveOrBeDeregistered() {
        assertEquals(Set.of(RELOCATED_OUT, DEREGISTERED), StatusTransitions.from(ACTIVE));
        assertFalse(StatusTransitions.allowed(ACTIVE, ACTIVE));
    }

    @Test
    void aRelocatedEnterpriseMayReturn() {
        assertTrue(StatusTransitions.allowed(RELOCATED_OUT, ACTIVE));
        assertTrue(StatusTransitions.allowed(RELOCATED_OUT, DEREGISTERED));
    }

    @Test
    void deregistrationIsFinal() {
        assertTrue(StatusTransitions.from(DEREGISTERED).isEmpty());
        assertFalse(StatusTransitions.allowed(DEREGISTERED, ACTIVE));
    }
}
