package io.parksuite.indicator.service;

import io.parksuite.indicator.Registry;
import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Period;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 预热: the cockpit is weighed ahead once the reports stay unchanged (the quiet period is 0 s in
 * tests and the schedule off, so each step is the test's), once per change of the reports, and
 * the warming keeps the tallies a leader's dashboard and chain panel read. The reports are changed
 * through the enterprise dimension (an enterprise without reports), so no other test's year moves.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class CockpitWarmupServiceTest {

    private static final int YEAR = 2090;

    @Inject
    Registry registry;

    @Inject
    CockpitWarmup warmup;

    @Inject
    DisclosureStatistics statistics;

    @Test
    void theCockpitIsWeighedOncePerChangeOfTheReportsAfterTheyStayUnchanged() {
        change();
        assertEquals(List.of(false, true, false, false), List.of(warmup.step(), warmup.step(), warmup.step(),
                warmup.step()), "seen, then warmed once the reports stayed unchanged, then nothing to do");
        change();
        assertEquals(List.of(false, true, false), List.of(warmup.step(), warmup.step(), warmup.step()),
                "a change of the reports is warmed again");
    }

    @Test
    void warmingKeepsTheTalliesOfTheDashboardAndTheChainPanel() {
        change();
        assertFalse(statistics.holds(YEAR, Cell.Dimension.PARK), "a change leaves nothing kept");
        warmup.warm(new Period(YEAR, 6));
        for (int year : new int[]{YEAR - 1, YEAR}) {
            assertTrue(statistics.holds(year, Cell.Dimension.PARK), "the dashboard's park tallies of " + year);
        }
        for (int year = YEAR - 3; year <= YEAR; year++) {
            assertTrue(statistics.holds(year, Cell.Dimension.CHAIN), "the chain panel's tallies of " + year);
        }
        assertFalse(statistics.holds(YEAR, Cell.Dimension.STREET), "no dimension the cockpit does not open on");
        change();
        assertFalse(statistics.holds(YEAR, Cell.Dimension.PARK), "what was weighed goes with the next change");
    }

    /** Changes what the REPORTS source feeds (the enterprise dimension) without a report in anyone's year. */
    private void change() {
        registry.apply(Registry.snapshot(TestUscc.random(), 1).street("WARM"));
    }
}
