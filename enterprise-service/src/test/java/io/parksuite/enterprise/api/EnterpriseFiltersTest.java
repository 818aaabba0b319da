package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.EnterpriseStatus;
import io.parksuite.enterprise.service.EnterpriseSearch;
import io.parksuite.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EnterpriseFiltersTest {

    @Test
    void theParametersBecomeTheSearchCriteria() {
        EnterpriseFilters filters = new EnterpriseFilters();
        filters.q = "示例";
        filters.status = "ACTIVE";
        filters.industry = "39";
        filters.designation = "HIGH_TECH";
        filters.designationYear = "2020";
        EnterpriseSearch.Criteria criteria = filters.criteria(EnterpriseSearch.Sort.NAME);
        assertEquals("示例", criteria.nameFragment());
        assertEquals(EnterpriseStatus.ACTIVE, criteria.status());
        assertEquals("39", criteria.industryCode());
        assertEquals(2020, criteria.designationYear());
        assertEquals(EnterpriseSearch.Sort.NAME, criteria.sort());
        assertNull(criteria.chainCode());
    }

    @Test
    void everyTooLongOrMalformedParameterIsNamed() {
        EnterpriseFilters filters = new EnterpriseFilters();
        filters.q = "企".repeat(EnterpriseFilters.MAX_NAME_FRAGMENT + 1);
        filters.chain = "X".repeat(EnterpriseFilters.MAX_CODE + 1);
        filters.industry = "39%";
        ProblemException problem = assertThrows(ProblemException.class, () -> filters.criteria(null));
        assertEquals(422, problem.status());
        assertEquals(3, problem.errors().size());
    }

    @Test
    void aNameFragmentOfTheLongestNameIsAccepted() {
        EnterpriseFilters filters = new EnterpriseFilters();
        filters.q = "企".repeat(EnterpriseFilters.MAX_NAME_FRAGMENT);
        assertEquals(filters.q, filters.criteria(null).nameFragment());
    }
}
