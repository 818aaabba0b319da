package io.parksuite.enterprise.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a cultivation pool entry (培育库) stands: CANDIDATE (候选) → CULTIVATING (培育中) → RECOGNISED (认定), and
 * EXITED (退库) from any of them. Recognition needs cultivation first; an exited enterprise comes back only by
 * the park's decision, as a CANDIDATE again, never by an assessment.
 */
public enum PoolStatus {
    CANDIDATE,
    CULTIVATING,
    RECOGNISED,
    EXITED;

    private static final Map<PoolStatus, Set<PoolStatus>> NEXT = Map.of(
            CANDIDATE, EnumSet.of(CULTIVATING, EXITED),
            CULTIVATING, EnumSet.of(RECOGNISED, EXITED),
            RECOGNISED, EnumSet.of(EXITED),
            EXITED, EnumSet.of(CANDIDATE));

    public Set<PoolStatus> next() {
        return NEXT.get(this);
    }

    public boolean mayBecome(PoolStatus to) {
        return NEXT.get(this).contains(to);
    }
}
