package io.parksuite.project.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the project stage machine. On the main line a project moves forward only, one
 * stage at a time, or further when a reason for skipping is given; it may stall (停滞) from any
 * stage before 达产 and later resume at the stage it stalled in or beyond; it may be terminated
 * (终止) from anywhere but 达产. 达产 and 终止 are final.
 */
public final class StageMachine {

    /** What a requested move means: whether it is allowed and which main stages it skips. */
    public record Verdict(boolean allowed, List<ProjectStage> skipped, boolean passesConstruction) {

        public boolean skips() {
            return !skipped.isEmpty();
        }
    }

    private StageMachine() {
    }

    /** Every stage a project in {@code current} (stalled at {@code stalledFrom}) may move to. */
    public static List<ProjectStage> allowedTargets(ProjectStage current, ProjectStage stalledFrom) {
        List<ProjectStage> targets = new ArrayList<>();
        if (current == ProjectStage.TERMINATED || current == ProjectStage.FULL_PRODUCTION) {
            return targets;
        }
        ProjectStage base = base(current, stalledFrom);
        for (ProjectStage stage : ProjectStage.mainLine()) {
            boolean resumes = current == ProjectStage.STALLED && stage == base;
            if (stage.order() > base.order() || resumes) {
                targets.add(stage);
            }
        }
        if (current != ProjectStage.STALLED) {
            targets.add(ProjectStage.STALLED);
        }
        targets.add(ProjectStage.TERMINATED);
        return targets;
    }

    public static Verdict check(ProjectStage current, ProjectStage stalledFrom, ProjectStage to) {
        if (!allowedTargets(current, stalledFrom).contains(to)) {
            return new Verdict(false, List.of(), false);
        }
        if (!to.isMain()) {
            return new Verdict(true, List.of(), false);
        }
        ProjectStage base = base(current, stalledFrom);
        List<ProjectStage> skipped = ProjectStage.mainLine().stream()
                .filter(stage -> stage.order() > base.order() && stage.order() < to.order())
                .toList();
        boolean passesConstruction = base.order() < ProjectStage.CONSTRUCTION.order()
                && to.order() >= ProjectStage.CONSTRUCTION.order();
        return new Verdict(true, skipped, passesConstruction);
    }

    /**
     * Whether an allowed move of a project in {@code current} to {@code to} reaches or passes the main
     * stage {@code milestone} from a stage before it (a resumed 停滞 counts from the stage it stalled in).
     */
    public static boolean passes(ProjectStage current, ProjectStage stalledFrom, ProjectStage to,
                                 ProjectStage milestone) {
        if (!to.isMain() || current == ProjectStage.TERMINATED || current == ProjectStage.FULL_PRODUCTION) {
            return false;
        }
        ProjectStage base = base(current, stalledFrom);
        return base.order() < milestone.order() && to.order() >= milestone.order();
    }

    private static ProjectStage base(ProjectStage current, ProjectStage stalledFrom) {
        if (current == ProjectStage.STALLED) {
            if (stalledFrom == null || !stalledFrom.isMain()) {
                throw new IllegalStateException("A stalled project must know the stage it stalled in");
            }
            return stalledFrom;
        }
        return current;
    }
}
