package io.parksuite.chaos.support;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load driver's record: every registration the gateway answered 2xx (accepted, by USCC),
 * every one that never got a 2xx despite its retries (unconfirmed: it may or may not exist), and
 * how many answers of each non-2xx status were seen. The read models are checked against this
 * record, never against the suite's own counters.
 */
public final class AcceptedWrites {

    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Set<String> unconfirmed = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

    void accept(String uscc) {
        accepted.add(uscc);
        unconfirmed.remove(uscc);
    }

    void giveUp(String uscc) {
        if (!accepted.contains(uscc)) {
            unconfirmed.add(uscc);
        }
    }

    /** Counts a non-2xx answer; {@code status} is the HTTP status or a transport error's name. */
    void refused(String status) {
        refusals.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
    }

    public Set<String> accepted() {
        return Set.copyOf(accepted);
    }

    public Set<String> unconfirmed() {
        return Set.copyOf(unconfirmed);
    }

    /** Non-2xx answers by status, sorted. */
    public Map<String, Integer> refusals() {
        Map<String, Integer> sorted = new TreeMap<>();
        refusals.forEach((status, count) -> sorted.put(status, count.get()));
        return sorted;
    }
}
