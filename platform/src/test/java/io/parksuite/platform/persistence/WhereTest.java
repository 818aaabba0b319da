package io.parksuite.platform.persistence;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhereTest {

    @Test
    void criteriaNotGivenAddNoCondition() {
        Where where = Where.create()
                .and("stage = :stage", "stage", null)
                .contains("lower(name) like :q escape '!'", "q", " ");
        assertTrue(where.isEmpty());
        assertEquals("", where.clause());
        assertEquals("", where.whereClause());
        assertEquals(Map.of(), where.parameters());
    }

    @Test
    void givenButEmptyCriteriaStillFilter() {
        Where where = Where.create()
                .and("street = :street", "street", "")
                .and("code in :codes", "codes", List.of());
        assertEquals("street = :street and 1 = 0", where.clause());
        assertEquals(Map.of("street", ""), where.parameters());
    }

    @Test
    void givenCriteriaAreJoinedAndBoundByName() {
        Where where = Where.create()
                .and("stage = :stage", "stage", "SIGNED")
                .andIf(false, "deleted")
                .andIf(true, "active")
                .and("year >= :from")
                .bind("from", 2024)
                .contains("lower(name) like :q escape '!'", "q", " 比亚迪 ");
        assertEquals("stage = :stage and active and year >= :from and lower(name) like :q escape '!'", where.clause());
        assertEquals(" where stage = :stage and active and year >= :from and lower(name) like :q escape '!'",
                where.whereClause());
        assertEquals(Map.of("stage", "SIGNED", "from", 2024, "q", "%比亚迪%"), where.parameters());
    }

    @Test
    void aLikeWithoutTheEscapeClauseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Where.create().contains("name like :q", "q", "x"));
    }

    @Test
    void likePatternsMatchWildcardsLiterally() {
        assertEquals("%50!%!_off!!%", Like.contains("50%_off!"));
        assertEquals("C39!_%", Like.startsWith("C39_"));
        assertEquals("plain", Like.escape("plain"));
    }
}
