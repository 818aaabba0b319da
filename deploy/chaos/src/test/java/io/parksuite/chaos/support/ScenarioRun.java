package io.parksuite.chaos.support;

import io.parksuite.chaos.support.Instances.Instance;
import io.parksuite.chaos.support.ReadModels.Copy;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One scenario from start to verdict: notes where {@code enterprise.events} ends and what the
 * consumers counted, runs the load driver, lets the scenario inject its fault, then stops the load,
 * waits for the read models to hold every accepted write and measures the figures of the result
 * line against the driver's record.
 */
public final class ScenarioRun implements AutoCloseable {

    public static final String TOPIC = "enterprise.events";

    private final int number;
    private final String name;
    private final Map<TopicPartition, Long> startOffsets;
    private final InboxCounters counters;
    private final LoadDriver load = new LoadDriver();
    private final Set<String> extraWrites = new HashSet<>();
    private final Map<String, Long> extraDoubleCounts = new LinkedHashMap<>();
    private final Map<String, Long> extraLost = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    /** Unanswered liveness probes in a row that fail an instance, as the kubelet's failureThreshold. */
    private static final int LIVENESS_FAILURE_THRESHOLD = 3;
    private final Set<String> livenessFailures = new java.util.TreeSet<>();
    private final java.util.Map<String, Integer> unanswered = new java.util.HashMap<>();
    private double stuckSeconds;
    private long stuckWarnings;
    private long relayDuplicates;
    private long faultEnded;

    private ScenarioRun(ChaosScenario scenario) {
        this.number = scenario.value();
        this.name = scenario.name();
        int replicas = Instances.replicas();
        assertTrue(replicas >= 2 || Boolean.getBoolean("chaos.allow-single-instance"),
                "the chaos scenarios need two instances of every service (deploy/suite up --replicas 2); found "
                        + replicas + " (-Dchaos.allow-single-instance=true runs them against one)");
        this.startOffsets = EventLog.endOffsets(TOPIC);
        this.counters = new InboxCounters(consumingInstances(),
                ReadModels.ENTERPRISE_COPIES.stream().map(Copy::consumer).toList());
        notes.add(replicas + " instance(s)/service");
    }

    public static ScenarioRun begin(Class<?> scenarioClass) {
        return new ScenarioRun(scenarioClass.getAnnotation(ChaosScenario.class));
    }

    /** Every instance of the services that consume {@code enterprise.events}. */
    public static List<Instance> consumingInstances() {
        List<Instance> instances = new ArrayList<>();
        for (Copy copy : ReadModels.ENTERPRISE_COPIES) {
            instances.addAll(Instances.of(copy.service()));
        }
        return instances;
    }

    public ScenarioRun startLoad() {
        load.start(Chaos.writeRate());
        return this;
    }

    /** Lets time pass, sampling the consumers' counters every second. */
    public void hold(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            counters.sample();
            sleep(Math.min(1000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
    }

    /**
     * Like {@link #hold}, also asking every instance of every service whether it is live and
     * noting the largest {@code parksuite_inbox_stuck_seconds} a consuming instance reports.
     */
    public void holdWatchingLiveness(Duration duration) {
        List<Instance> all = new ArrayList<>();
        for (String service : List.of("enterprise", "project", "indicator", "approval")) {
            all.addAll(Instances.of(service));
        }
        double reportsBefore = stuckReports();
        double reportsSeen = reportsBefore;
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            counters.sample();
            reportsSeen = Math.max(reportsSeen, stuckReports());
            for (Instance instance : all) {
                boolean down = Instances.reportsDown(instance);
                int silent = down || Instances.live(instance) ? 0 : unanswered.merge(instance.component(), 1, Integer::sum);
                if (down || silent >= LIVENESS_FAILURE_THRESHOLD) {
                    livenessFailures.add(instance.component());
                }
                if (silent == 0) {
                    unanswered.remove(instance.component());
                }
            }
            stuckSeconds = Math.max(stuckSeconds, Instances.maxOver(consumingInstances(), "parksuite_inbox_stuck_seconds"));
            sleep(Math.min(2000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
        if (!livenessFailures.isEmpty()) {
            notes.add("not live: " + livenessFailures);
        }
        stuckWarnings += Math.round(reportsSeen - reportsBefore);
        notes.add("stuck gauge max " + Math.round(stuckSeconds) + "s, " + stuckWarnings + " stuck WARN line(s)");
    }

    /** WARN lines about stuck records ({@code parksuite_inbox_stuck_reports_total}) logged during {@link #holdWatchingLiveness}. */
    public long stuckWarnings() {
        return stuckWarnings;
    }

    private static double stuckReports() {
        double sum = 0;
        for (Instance instance : consumingInstances()) {
            String text = Instances.metrics(instance.port());
            if (text != null) {
                sum += Instances.sample(text, "parksuite_inbox_stuck_reports_total");
            }
        }
        return sum;
    }

    /** Instances whose liveness failed during {@link #holdWatchingLiveness}. */
    public int livenessFailures() {
        return livenessFailures.size();
    }

    /** The largest {@code parksuite_inbox_stuck_seconds} seen during {@link #holdWatchingLiveness}. */
    public double stuckSecondsSeen() {
        return stuckSeconds;
    }

    /** Marks the fault's end: convergence is measured from here. */
    public void faultEnded() {
        faultEnded = System.nanoTime();
    }

    /** Enterprises registered outside the load driver that the read models must also hold. */
    public void alsoWritten(Set<String> usccs) {
        extraWrites.addAll(usccs);
    }

    /** A scenario's own double-count check: {@code excess} is how many were counted more than once. */
    public void doubleCounted(String what, long excess) {
        extraDoubleCounts.merge(what, excess, Long::sum);
    }

    /** A scenario's own loss check: {@code missing} records that should exist and do not. */
    public void lost(String what, long missing) {
        extraLost.merge(what, missing, Long::sum);
    }

    public void note(String note) {
        notes.add(note);
    }

    /**
     * The records of {@code enterprise.events} since the scenario began whose key is one of
     * {@code usccs} and whose type ends with {@code typeSuffix}, waiting up to 60 s until each
     * USCC has one.
     */
    public Map<String, ConsumerRecord<String, byte[]>> publishedSince(Set<String> usccs, String typeSuffix) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, ConsumerRecord<String, byte[]>> found = new LinkedHashMap<>();
        while (found.size() < usccs.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : EventLog.readSince(startOffsets)) {
                String type = EventLog.header(record, "ce_type");
                if (usccs.contains(record.key()) && type != null && type.endsWith(typeSuffix)) {
                    found.putIfAbsent(record.key(), record);
                }
            }
            if (found.size() < usccs.size()) {
                hold(Duration.ofSeconds(1));
            }
        }
        assertTrue(found.size() == usccs.size(), "only " + found.size() + " of " + usccs.size() + " " + typeSuffix
                + " events reached " + TOPIC);
        return found;
    }

    /** Records on the topic that repeat an event id already there (known after {@link #finish()}). */
    public long topicDuplicates() {
        return relayDuplicates;
    }

    public InboxCounters counters() {
        return counters;
    }

    public AcceptedWrites record() {
        return load.record();
    }

    /** Stops the load, waits for convergence, measures and prints the result. */
    public ScenarioResult finish() {
        AcceptedWrites record = load.stop();
        if (faultEnded == 0) {
            faultEnded = System.nanoTime();
        }
        Set<String> required = new HashSet<>(record.accepted());
        required.addAll(extraWrites);
        Duration converged = awaitConvergence(required);

        Set<String> keys = new HashSet<>(required);
        keys.addAll(record.unconfirmed());
        List<ConsumerRecord<String, byte[]>> published = EventLog.readSince(startOffsets).stream()
                .filter(r -> keys.contains(r.key())).toList();
        Set<String> eventIds = new HashSet<>();
        published.forEach(r -> eventIds.add(EventLog.header(r, "ce_id")));

        long lost = 0;
        long doubleCounted = 0;
        long consumed = 0;
        for (Copy copy : ReadModels.ENTERPRISE_COPIES) {
            Map<String, Integer> rows = ReadModels.rowsPerUscc(copy, required);
            long missing = required.stream().filter(uscc -> !rows.containsKey(uscc)).count();
            lost += missing;
            doubleCounted += excess(rows);
            Map<String, Integer> processed = ReadModels.processed(copy, eventIds);
            consumed += processed.values().stream().mapToInt(Integer::intValue).sum();
            doubleCounted += excess(processed);
            if (missing > 0) {
                notes.add(copy.service() + " misses " + missing);
            }
        }
        for (Map.Entry<String, Long> extra : extraLost.entrySet()) {
            lost += extra.getValue();
            notes.add(extra.getKey() + " missing " + extra.getValue());
        }
        for (Map.Entry<String, Long> extra : extraDoubleCounts.entrySet()) {
            doubleCounted += extra.getValue();
            notes.add(extra.getKey() + " excess " + extra.getValue());
        }
        relayDuplicates = published.size() - eventIds.size();
        notes.add("topic duplicates " + relayDuplicates);
        notes.add("unconfirmed " + record.unconfirmed().size());
        notes.add("refused " + record.refusals());
        ScenarioResult result = new ScenarioResult(number, name, record.accepted().size(), published.size(), consumed,
                counters.duplicates(), lost, doubleCounted, converged, String.join("; ", notes));
        ResultTable.add(result);
        return result;
    }

    /** Fails the scenario unless nothing was lost or double-counted and the read models converged in time. */
    public static void assertClean(ScenarioResult result) {
        assertTrue(result.clean(), result.line() + " — " + result.details());
    }

    @Override
    public void close() {
        load.close();
    }

    private Duration awaitConvergence(Set<String> required) {
        long limit = faultEnded + Chaos.CONVERGENCE_LIMIT.toNanos();
        while (true) {
            counters.sample();
            if (ReadModels.missing(required) == 0) {
                return Duration.ofNanos(System.nanoTime() - faultEnded);
            }
            if (System.nanoTime() > limit) {
                return null;
            }
            sleep(500);
        }
    }

    private static long excess(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(count -> Math.max(0, count - 1)).sum();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
