package io.parksuite.project.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every pair (from, to) of the stage machine, including each stalled variant, against the table
 * below: a target marked {@code !} is allowed only as a skip (a reason is needed); every target not
 * listed is forbidden.
 */
class StageMachineTest {

    private static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("LEAD", "NEGOTIATING SIGNED! APPROVING! CONSTRUCTION! PRODUCTION! FULL_PRODUCTION! STALLED TERMINATED"),
            Map.entry("NEGOTIATING", "SIGNED APPROVING! CONSTRUCTION! PRODUCTION! FULL_PRODUCTION! STALLED TERMINATED"),
            Map.entry("SIGNED", "APPROVING CONSTRUCTION! PRODUCTION! FULL_PRODUCTION! STALLED TERMINATED"),
            Map.entry("APPROVING", "CONSTRUCTION PRODUCTION! FULL_PRODUCTION! STALLED TERMINATED"),
            Map.entry("CONSTRUCTION", "PRODUCTION FULL_PRODUCTION! STALLED TERMINATED"),
            Map.entry("PRODUCTION", "FULL_PRODUCTION STALLED TERMINATED"),
            Map.entry("FULL_PRODUCTION", ""),
            Map.entry("TERMINATED", ""),
            Map.entry("STALLED/LEAD", "LEAD NEGOTIATING SIGNED! APPROVING! CONSTRUCTION! PRODUCTION! FULL_PRODUCTION! TERMINATED"),
            Map.entry("STALLED/NEGOTIATING", "NEGOTIATING SIGNED APPROVING! CONSTRUCTION! PRODUCTION! FULL_PRODUCTION! TERMINATED"),
            Map.entry("STALLED/SIGNED", "SIGNED APPROVING CONSTRUCTION! PRODUCTION! FULL_PRODUCTION! TERMINATED"),
            Map.entry("STALLED/APPROVING", "APPROVING CONSTRUCTION PRODUCTION! FULL_PRODUCTION! TERMINATED"),
            Map.entry("STALLED/CONSTRUCTION", "CONSTRUCTION PRODUCTION FULL_PRODUCTION! TERMINATED"),
            Map.entry("STALLED/PRODUCTION", "PRODUCTION FULL_PRODUCTION TERMINATED"));

    @Test
    void everyAllowedAndForbiddenTransitionFollowsTheTable() {
        int checked = 0;
        for (Map.Entry<String, String> row : TABLE.entrySet()) {
            String[] state = row.getKey().split("/");
            ProjectStage from = ProjectStage.valueOf(state[0]);
            ProjectStage stalledFrom = state.length > 1 ? ProjectStage.valueOf(state[1]) : null;
            Map<ProjectStage, Boolean> expected = new HashMap<>();
            Arrays.stream(row.getValue().split(" ")).filter(s -> !s.isEmpty()).forEach(target ->
                    expected.put(ProjectStage.valueOf(target.replace("!", "")), target.endsWith("!")));
            for (ProjectStage to : ProjectStage.values()) {
                StageMachine.Verdict verdict = StageMachine.check(from, stalledFrom, to);
                String pair = row.getKey() + " -> " + to;
                assertEquals(expected.containsKey(to), verdict.allowed(), pair);
                if (verdict.allowed()) {
                    assertEquals(expected.get(to), verdict.skips(), pair + " skips");
                }
                checked++;
            }
            List<ProjectStage> listed = new ArrayList<>(expected.keySet());
            List<ProjectStage> allowed = StageMachine.allowedTargets(from, stalledFrom);
            assertEquals(listed.size(), allowed.size(), row.getKey());
            assertTrue(allowed.containsAll(listed), row.getKey());
        }
        assertEquals(TABLE.size() * ProjectStage.values().length, checked);
    }

    @Test
    void aSkipNamesTheStagesItJumpsOver() {
        StageMachine.Verdict verdict = StageMachine.check(ProjectStage.NEGOTIATING, null, ProjectStage.CONSTRUCTION);
        assertEquals(List.of(ProjectStage.SIGNED, ProjectStage.APPROVING), verdict.skipped());
    }

    @Test
    void movesReachingConstructionFromBeforeItMustPassTheApprovalGuard() {
        assertTrue(StageMachine.check(ProjectStage.APPROVING, null, ProjectStage.CONSTRUCTION).passesConstruction());
        assertTrue(StageMachine.check(ProjectStage.SIGNED, null, ProjectStage.PRODUCTION).passesConstruction());
        assertTrue(StageMachine.check(ProjectStage.STALLED, ProjectStage.APPROVING, ProjectStage.CONSTRUCTION)
                .passesConstruction());
        assertFalse(StageMachine.check(ProjectStage.CONSTRUCTION, null, ProjectStage.PRODUCTION).passesConstruction());
        assertFalse(StageMachine.check(ProjectStage.STALLED, ProjectStage.CONSTRUCTION, ProjectStage.CONSTRUCTION)
                .passesConstruction());
        assertFalse(StageMachine.check(ProjectStage.APPROVING, null, ProjectStage.STALLED).passesConstruction());
    }

    @Test
    void aStalledProjectMustKnowWhereItStalled() {
        assertThrows(IllegalStateException.class, () -> StageMachine.allowedTargets(ProjectStage.STALLED, null));
    }
}
