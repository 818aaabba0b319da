package io.parksuite.platform.bulk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BulkRowsTest {

    record Row(String uscc, Integer year) {
    }

    private final ObjectMapper strictJson = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final BulkRows bulkRows = new BulkRows(strictJson, null);

    @Test
    void aJsonArrayIsReadRowByRow() {
        List<Row> rows = bulkRows.readJson("[{\"uscc\":\"A\",\"year\":2019},{\"uscc\":\"B\"}]", Row.class, 2);
        assertEquals(List.of(new Row("A", 2019), new Row("B", null)), rows);
        assertEquals(List.of(), bulkRows.readJson("[]", Row.class, 2));
    }

    @Test
    void aBodyOverTheLimitIsRefusedAtTheFirstRowTooManyBeforeTheRestIsRead() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> bulkRows.readJson("[{},{},{},{\"uscc\": this is not JSON", Row.class, 3));
        assertEquals(422, refused.status());
        assertEquals("rows", refused.errors().get(0).field());
    }

    @Test
    void anUnreadableRowIsNamedAndAnythingButAnArrayIsRefused() {
        ProblemException badRow = assertThrows(ProblemException.class,
                () -> bulkRows.readJson("[{\"year\":2019},{\"year\":\"twenty\"}]", Row.class, 10));
        assertEquals(400, badRow.status());
        assertEquals("rows[2]", badRow.errors().get(0).field());
        assertEquals(400, assertThrows(ProblemException.class, () -> bulkRows.readJson("{\"uscc\":\"A\"}", Row.class, 10)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> bulkRows.readJson("[{}] []", Row.class, 10)).status());
    }

    @Test
    void anEmptyBodyIsRefusedRatherThanReadAsNoRows() {
        for (String empty : new String[] {null, "", " \n "}) {
            assertEquals(400, assertThrows(ProblemException.class, () -> bulkRows.readJson(empty, Row.class, 10)).status());
            assertEquals(400, assertThrows(ProblemException.class, () -> bulkRows.readCsv(empty, Row.class, 10)).status());
        }
    }
}
