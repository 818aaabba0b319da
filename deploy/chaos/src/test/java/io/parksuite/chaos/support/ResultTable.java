package io.parksuite.chaos.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Prints each scenario's result line and writes the run's table to {@code target/chaos/results.md}
 * (started afresh by the first result of a test JVM), in the form {@code docs/reliability.md} carries.
 */
public final class ResultTable {

    private static final Path FILE = Path.of("target", "chaos", "results.md");
    private static boolean started;

    private ResultTable() {
    }

    public static synchronized void add(ScenarioResult result) {
        System.out.println(result.line());
        System.out.println("  " + result.details());
        try {
            if (!started) {
                Files.createDirectories(FILE.getParent());
                Files.writeString(FILE, """
                        Chaos run, mode %s, %d instance(s) per service, started %s.

                        | # | Scenario | Writes accepted | Events published | Consumed | Duplicates absorbed | Lost | Double-counted | Converged in | Details |
                        |---|----------|----------------:|-----------------:|---------:|--------------------:|-----:|---------------:|-------------:|---------|
                        """.formatted(Chaos.mode(), Instances.replicas(),
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)), StandardCharsets.UTF_8);
                started = true;
            }
            Files.writeString(FILE, result.row() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + FILE, e);
        }
    }
}
