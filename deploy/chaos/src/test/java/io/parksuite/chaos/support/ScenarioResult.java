package io.parksuite.chaos.support;

import java.time.Duration;
import java.util.Locale;

/**
 * What one scenario measured. {@code converged} is the time from the fault's end until every read
 * model matched the record of accepted writes, or null if that did not happen within
 * {@link Chaos#CONVERGENCE_LIMIT}.
 */
public record ScenarioResult(int number, String name, long accepted, long published, long consumed,
                             long duplicatesAbsorbed, long lost, long doubleCounted, Duration converged,
                             String details) {

    public boolean clean() {
        return lost == 0 && doubleCounted == 0 && converged != null
                && converged.compareTo(Chaos.CONVERGENCE_LIMIT) <= 0;
    }

    public String convergedText() {
        return converged == null ? "never (>" + Chaos.CONVERGENCE_LIMIT.toSeconds() + "s)"
                : String.format(Locale.ROOT, "%.1fs", converged.toMillis() / 1000.0);
    }

    /** The scenario's one result line. */
    public String line() {
        return "CHAOS %d %s: writes accepted=%d, events published=%d, consumed=%d, duplicates absorbed=%d, lost=%d, double-counted=%d, converged in %s"
                .formatted(number, name, accepted, published, consumed, duplicatesAbsorbed, lost, doubleCounted,
                        convergedText());
    }

    /** The scenario's row of the results table. */
    public String row() {
        return "| %d | %s | %d | %d | %d | %d | %d | %d | %s | %s |".formatted(number, name, accepted, published,
                consumed, duplicatesAbsorbed, lost, doubleCounted, convergedText(), details.replace("|", "/"));
    }
}
