package io.parksuite.enterprise.service;

import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntryChecksTest {

    @Test
    void anEntryWithoutProblemsPasses() {
        assertDoesNotThrow(() -> EntryChecks.requireNone(List.of(), "year"));
    }

    @Test
    void anEntryRefusedOnlyAsADuplicateIsAConflict() {
        ProblemException problem = assertThrows(ProblemException.class, () -> EntryChecks.requireNone(
                List.of(new Problem.FieldError("year", "already recorded")), "year"));
        assertEquals(409, problem.status());
    }

    @Test
    void anyOtherProblemIsAnInvalidField() {
        ProblemException problem = assertThrows(ProblemException.class, () -> EntryChecks.requireNone(
                List.of(new Problem.FieldError("uscc", "no enterprise with this USCC is registered")), "year"));
        assertEquals(422, problem.status());
        ProblemException both = assertThrows(ProblemException.class, () -> EntryChecks.requireNone(List.of(
                new Problem.FieldError("year", "already recorded"),
                new Problem.FieldError("maturityDate", "must be after loanDate")), "year"));
        assertEquals(422, both.status());
    }
}
