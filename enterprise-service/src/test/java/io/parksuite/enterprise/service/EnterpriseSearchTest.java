package io.parksuite.enterprise.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EnterpriseSearchTest {

    @Test
    void aSortIsNamedByItsParameter() {
        assertEquals(EnterpriseSearch.Sort.REGISTERED_AT_DESC, EnterpriseSearch.Sort.fromParameter("-registeredAt"));
        assertEquals(EnterpriseSearch.Sort.RELEVANCE, EnterpriseSearch.Sort.fromParameter("relevance"));
        assertNull(EnterpriseSearch.Sort.fromParameter("REGISTERED_AT"));
        assertNull(EnterpriseSearch.Sort.fromParameter("password"));
    }

    @Test
    void theSortsAreListedForTheCaller() {
        assertEquals("relevance, name, registeredAt, -registeredAt, uscc", EnterpriseSearch.Sort.parameters());
    }
}
