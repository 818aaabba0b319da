package io.parksuite.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The breaking-change guard: the current OpenAPI documents and event schemas must keep every
 * promise of the released ones in {@code baseline/}. A failure lists each broken promise; the way
 * out is a new version path or a new event type, never an edit of the released contract (see
 * contracts/README.md).
 */
class BreakingChangeGuardTest {

    @Test
    void everyReleasedOperationStillWorksForItsClients() {
        assertEquals(List.of("approval-service.yaml", "enterprise-service.yaml", "indicator-service.yaml",
                "project-service.yaml"), ContractFolders.fileNames(ContractFolders.BASELINE_OPENAPI, ".yaml"));
        assertNoBreakingChange(ContractFolders.BASELINE_OPENAPI, ContractFolders.CURRENT_OPENAPI, ".yaml",
                OpenApiBreakingChanges::between,
                "Ship the new shape under a new version path (/api/v2/...) and keep the released operation as it is.");
    }

    @Test
    void everyReleasedEventTypeStillReadsForItsConsumers() {
        assertTrue(ContractFolders.fileNames(ContractFolders.BASELINE_EVENTS, ".schema.json").size() >= 16);
        assertNoBreakingChange(ContractFolders.BASELINE_EVENTS, ContractFolders.CURRENT_EVENTS, ".schema.json",
                EventSchemaBreakingChanges::between,
                "Publish the new shape as a new event type (.v2) beside the released one.");
    }

    private static void assertNoBreakingChange(Path released, Path current, String suffix,
            ReleasedContracts.Comparison comparison, String wayOut) {
        List<String> breaking = ReleasedContracts.breakingChanges(released, current, suffix, comparison);
        assertTrue(breaking.isEmpty(), () -> "Breaking changes in contracts/" + current + " against the released "
                + "contracts/" + released + ":\n  " + String.join("\n  ", breaking) + "\n" + wayOut
                + " A release refreshes the baseline: see contracts/README.md.");
    }
}
