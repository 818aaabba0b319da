package io.parksuite.approval.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundlePromiseTest {

    private static ServiceItem item(String code, String department, Integer statutory, int promised) {
        ServiceItem item = new ServiceItem();
        item.code = code;
        item.name = "事项 " + code;
        item.department = department;
        item.statutoryLimitDays = statutory;
        item.promisedLimitDays = promised;
        return item;
    }

    private static final List<ServiceItem> CONSTRUCTION = List.of(
            item("FG-001", "development-reform", null, 1),
            item("ZR-002", "natural-resources", 20, 7),
            item("HB-002", "ecology-environment", 30, 10),
            item("ZJ-001", "housing-construction", 15, 3),
            item("GW-006", "park-committee", null, 5));

    @Test
    void aBundleIsOneStageBoundByItsLongestStatutoryLimit() {
        assertEquals(1, BundlePromise.stagesOf(CONSTRUCTION).size(), "departments decide in parallel");
        assertEquals(30, BundlePromise.statutoryBound(BundlePromise.stagesOf(CONSTRUCTION)));
        assertEquals(List.of("HB-002"), BundlePromise.bounding(CONSTRUCTION).stream().map(i -> i.code).toList());
    }

    @Test
    void sequentialStagesAddTheirLongestLimits() {
        List<List<ServiceItem>> stages = List.of(
                List.of(item("A", "a", 20, 5), item("B", "b", 10, 5)),
                List.of(item("C", "c", null, 3)),
                List.of(item("D", "d", 15, 5)));
        assertEquals(35, BundlePromise.statutoryBound(stages), "20 + (no statutory limit) + 15");
    }

    @Test
    void aPromiseWithinBothLimitsPasses() {
        assertTrue(BundlePromise.problems(30, CONSTRUCTION).isEmpty());
        assertTrue(BundlePromise.problems(0, CONSTRUCTION).isEmpty());
    }

    @Test
    void aPromiseOverTheStatutoryBoundNamesTheItemsThatBoundIt() {
        List<String> problems = BundlePromise.problems(31, CONSTRUCTION);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("HB-002") && problems.get(0).contains("30"), problems.get(0));
        assertFalse(problems.get(0).contains("ZR-002"), "only the items with the longest limit bound it");
    }

    @Test
    void tiedItemsAreAllNamed() {
        List<ServiceItem> items = List.of(item("X", "x", 20, 5), item("Y", "y", 20, 5), item("Z", "z", 15, 5));
        String problem = BundlePromise.problems(21, items).get(0);
        assertTrue(problem.contains("X ") && problem.contains("Y ") && !problem.contains("Z "), problem);
    }

    @Test
    void overTheJointHandlingCeilingIsRefusedWhateverTheItems() {
        List<ServiceItem> unbounded = List.of(item("GY-003", "utilities", null, 4), item("GY-001", "utilities", null, 3));
        assertNull(BundlePromise.statutoryBound(BundlePromise.stagesOf(unbounded)), "no item bounds it");
        assertTrue(BundlePromise.problems(45, unbounded).isEmpty(), "only the ceiling applies");
        List<String> problems = BundlePromise.problems(46, unbounded);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("45") && problems.get(0).contains("第42条"), problems.get(0));

        List<ServiceItem> long60 = List.of(item("L", "l", 60, 40));
        assertTrue(BundlePromise.problems(45, long60).isEmpty());
        assertEquals(1, BundlePromise.problems(46, long60).size(), "the ceiling, not the item's 60");
        assertEquals(2, BundlePromise.problems(46, CONSTRUCTION).size(), "over both");
    }

    @Test
    void aNegativePromiseIsRefused() {
        assertEquals(List.of("must not be negative"), BundlePromise.problems(-1, CONSTRUCTION));
    }
}
