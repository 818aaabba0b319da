package io.parksuite.platform.http;

import io.parksuite.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParamsTest {

    @Test
    void aFlagIsTrueOrFalseAndAbsentMeansItsDefault() {
        assertTrue(QueryParams.flag("atomic", null, true));
        assertTrue(QueryParams.flag("atomic", " ", true));
        assertFalse(QueryParams.flag("atomic", "FALSE", true));
        assertTrue(QueryParams.flag("overdue", " true ", false));
        assertNull(QueryParams.optionalBoolean("onlineCapable", ""));
    }

    @Test
    void anythingElseIsRefusedNamingTheParameter() {
        for (String value : new String[] {"' OR 1=1", "yes", "1", "maybe", "truex"}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> QueryParams.flag("atomic", value, true));
            assertEquals(422, refused.status());
            assertEquals("atomic", refused.errors().get(0).field());
        }
    }
}
