package io.parksuite.chaos.support;

import io.parksuite.chaos.support.Instances.Instance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows {@code parksuite_inbox_events_total{consumer, outcome="duplicate"}} of chosen consumers
 * on every consuming instance: duplicates absorbed is the sum of each instance's increase. An
 * instance restarted in between starts again from 0, so its count after the restart is added in
 * full; what a killed instance counted before it died is taken from the last sample, which is why
 * {@link #sample()} is called during a scenario as well as at its end.
 */
public final class InboxCounters {

    private final List<Instance> instances;
    private final List<String> consumers;
    private final Map<String, Double> baseline = new HashMap<>();
    private final Map<String, Double> last = new HashMap<>();
    private final Map<String, Double> banked = new HashMap<>();

    public InboxCounters(List<Instance> instances, List<String> consumers) {
        this.instances = instances;
        this.consumers = consumers;
        for (Instance instance : instances) {
            double now = read(instance);
            baseline.put(instance.component(), Math.max(0, now));
            last.put(instance.component(), Math.max(0, now));
        }
    }

    /** Reads every instance once, banking what a restarted one counted before its restart. */
    public synchronized void sample() {
        for (Instance instance : instances) {
            double now = read(instance);
            if (now < 0) {
                continue;
            }
            String name = instance.component();
            double previous = last.getOrDefault(name, 0.0);
            if (now < previous) {
                banked.merge(name, previous - baseline.getOrDefault(name, 0.0), Double::sum);
                baseline.put(name, 0.0);
            }
            last.put(name, now);
        }
    }

    /** Duplicates absorbed since construction, over every instance. */
    public synchronized long duplicates() {
        sample();
        double total = 0;
        for (Instance instance : instances) {
            String name = instance.component();
            total += banked.getOrDefault(name, 0.0) + last.getOrDefault(name, 0.0) - baseline.getOrDefault(name, 0.0);
        }
        return Math.round(total);
    }

    private double read(Instance instance) {
        String text = Instances.metrics(instance.port());
        if (text == null) {
            return -1;
        }
        double sum = 0;
        for (String consumer : consumers) {
            sum += Instances.sample(text, "parksuite_inbox_events_total",
                    "consumer=\"" + consumer + "\"", "outcome=\"duplicate\"");
        }
        return sum;
    }
}
