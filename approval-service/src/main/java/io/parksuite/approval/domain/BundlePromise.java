package io.parksuite.approval.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The rule a bundle's promised limit (承诺时限) obeys, so that a bundle never promises what the law
 * does not allow its departments: at most the joint-handling limit of 45 working days (行政许可法
 * 第42条第2款; its 15-day extension is approved per case, never promised), and at most the sum over
 * the bundle's sequential stages of each stage's longest statutory item limit. A bundle has no
 * sequential stages: acceptance opens one task per department, all at once, decided in parallel, so
 * its items form one stage and the bound is the longest statutory limit among them. Items without a
 * statutory limit (not 行政许可) do not bound the promise; when none has one, only the ceiling applies.
 */
public final class BundlePromise {

    /** 联合办理 / 集中办理: 45 working days (行政许可法 第42条第2款). */
    public static final int JOINT_HANDLING_CEILING_DAYS = 45;

    private BundlePromise() {
    }

    /**
     * An application's own statutory clock: for a bundle handled jointly, the joint-handling ceiling of 45 working
     * days whenever any of its items has a statutory limit (each item keeps its own clock inside its department's
     * task); for a single item, the item's limit.
     */
    public static Integer applicationStatutoryLimit(boolean bundle, Integer longestItemLimit) {
        return bundle && longestItemLimit != null ? Integer.valueOf(JOINT_HANDLING_CEILING_DAYS) : longestItemLimit;
    }

    /** The stages a bundle's items are decided in, in order: one, its departments deciding in parallel. */
    public static List<List<ServiceItem>> stagesOf(List<ServiceItem> items) {
        return List.of(items);
    }

    /** The items of a stage with its longest statutory limit; none when no item of the stage has one. */
    public static List<ServiceItem> bounding(List<ServiceItem> stage) {
        Integer longest = longest(stage);
        return longest == null ? List.of()
                : stage.stream().filter(i -> longest.equals(i.statutoryLimitDays)).toList();
    }

    /**
     * The sum over the stages of each stage's longest statutory limit, stages without one counting 0;
     * null when no item has a statutory limit.
     */
    public static Integer statutoryBound(List<List<ServiceItem>> stages) {
        Integer sum = null;
        for (List<ServiceItem> stage : stages) {
            Integer longest = longest(stage);
            if (longest != null) {
                sum = (sum == null ? 0 : sum) + longest;
            }
        }
        return sum;
    }

    /** What is wrong with promising {@code days} working days for a bundle of these items; empty when nothing. */
    public static List<String> problems(int days, List<ServiceItem> items) {
        List<String> problems = new ArrayList<>();
        if (days < 0) {
            problems.add("must not be negative");
            return problems;
        }
        if (days > JOINT_HANDLING_CEILING_DAYS) {
            problems.add(days + " working days is over the joint-handling limit of " + JOINT_HANDLING_CEILING_DAYS
                    + " working days (行政许可法 第42条第2款); its 15-day extension is approved per case, not promised");
        }
        List<List<ServiceItem>> stages = stagesOf(items);
        Integer bound = statutoryBound(stages);
        if (bound != null && days > bound) {
            String named = stages.stream().flatMap(stage -> bounding(stage).stream())
                    .map(i -> i.code + " " + i.name + " (" + i.statutoryLimitDays + ")")
                    .collect(Collectors.joining(", "));
            problems.add(days + " working days is over the " + bound + " working days its items' statutory limits "
                    + "allow, its departments deciding in parallel; bounded by " + named);
        }
        return problems;
    }

    private static Integer longest(List<ServiceItem> stage) {
        return stage.stream().map(i -> i.statutoryLimitDays).filter(Objects::nonNull).max(Integer::compareTo).orElse(null);
    }
}
