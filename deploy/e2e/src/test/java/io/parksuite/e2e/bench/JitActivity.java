package io.parksuite.e2e.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JIT compilers' work in each running service instance: HotSpot's {@code java.ci.totalTime}
 * (time spent compiling, summed over the compiler threads) and {@code sun.ci.totalCompiles}, read
 * with {@code jcmd} from the instance's own JDK. Taken around a benchmark run, it says whether the
 * run measured code that was still being compiled, which on two cores takes CPU from the requests.
 */
final class JitActivity {

    private static final String RUNNER = "quarkus-run.jar";

    /** One instance's counters at one moment. */
    record Counters(double compileSeconds, long compiles) {
    }

    private JitActivity() {
    }

    /** The counters of every running service instance, by instance name (empty where jcmd is missing). */
    static Map<String, Counters> now() {
        Map<String, Counters> counters = new TreeMap<>();
        ProcessHandle.allProcesses().forEach(process -> instance(process).ifPresent(name -> {
            try {
                counters.put(name, read(process));
            } catch (IOException | RuntimeException e) {
                // the instance ended or its JDK has no jcmd: it has no figure
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return counters;
    }

    /** Per instance, compile seconds and compilations between {@code before} and now. */
    static Map<String, Map<String, Object>> since(Map<String, Counters> before) {
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        now().forEach((name, after) -> {
            Counters from = before.get(name);
            if (from != null) {
                Map<String, Object> delta = new LinkedHashMap<>();
                delta.put("compileSeconds", Math.round((after.compileSeconds() - from.compileSeconds()) * 10) / 10.0);
                delta.put("compiles", after.compiles() - from.compiles());
                figures.put(name, delta);
            }
        });
        return figures;
    }

    /** The compile seconds of all instances in figures from {@link #since}. */
    static double total(Map<String, Map<String, Object>> figures) {
        return figures.values().stream().mapToDouble(figure -> (Double) figure.get("compileSeconds")).sum();
    }

    /** The instance a process runs ({@code .state/apps/<instance>/quarkus-run.jar}), if it runs one. */
    private static Optional<String> instance(ProcessHandle process) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (argument.endsWith(RUNNER) && path.getParent() != null && path.getParent().getParent() != null
                    && path.getParent().getParent().getFileName().toString().equals("apps")) {
                return Optional.of(path.getParent().getFileName().toString());
            }
        }
        return Optional.empty();
    }

    private static Counters read(ProcessHandle process) throws IOException, InterruptedException {
        Path java = Path.of(process.info().command().orElseThrow());
        Path jcmd = java.resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IOException("no jcmd beside " + java);
        }
        Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "PerfCounter.print")
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor();
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1).strip());
            }
        }
        String nanos = values.get("java.ci.totalTime");
        String compiles = values.get("sun.ci.totalCompiles");
        if (nanos == null || compiles == null) {
            throw new IOException("no compiler counters from " + jcmd);
        }
        double frequency = Double.parseDouble(values.getOrDefault("sun.os.hrt.frequency", "1e9"));
        return new Counters(Double.parseDouble(nanos) / frequency, Long.parseLong(compiles));
    }
}
