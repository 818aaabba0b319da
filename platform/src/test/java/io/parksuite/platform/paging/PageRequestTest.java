package io.parksuite.platform.paging;

import io.parksuite.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void aPageWithinBoundsGivesItsOffset() {
        assertEquals(400, PageRequest.of(2, 200).offset());
    }

    @Test
    void anOutOfBoundsRequestIsRefusedWhereverItIsRead() {
        assertEquals("size", assertThrows(ProblemException.class, () -> PageRequest.of(0, 100_000).size()).errors().get(0).field());
        assertEquals("size", assertThrows(ProblemException.class, () -> PageRequest.of(0, 0).offset()).errors().get(0).field());
        assertEquals("page", assertThrows(ProblemException.class, () -> PageRequest.of(-1, 20).page()).errors().get(0).field());
        assertEquals(422, assertThrows(ProblemException.class, () -> PageRequest.of(Integer.MAX_VALUE, 200).offset()).status());
    }

    @Test
    void theServiceMayReadMoreRowsThanAClientPage() {
        assertEquals(10_000, PageRequest.firstRows(10_000).size());
    }
}
