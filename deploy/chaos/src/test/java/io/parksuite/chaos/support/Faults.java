package io.parksuite.chaos.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Injects faults through the suite's own command line: {@code deploy/suite stop|start|restart
 * <component>} and {@code deploy/suite kill <component> --signal KILL|TERM}, components named as
 * the suite names them ({@code postgresql}, {@code kafka}, {@code indicator-2}, …).
 */
public final class Faults {

    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(4);

    private Faults() {
    }

    public static void stop(String component) {
        suite("stop", component);
    }

    /**
     * Runs {@code deploy/suite <verb> <component> <options>} for every component at once, each its
     * own command, and returns when all have ended (a stop waits for the process to exit).
     */
    public static void together(List<String> components, String verb, String... options) {
        List<CompletableFuture<String>> commands = new ArrayList<>();
        for (String component : components) {
            List<String> args = new ArrayList<>(List.of(verb, component));
            args.addAll(List.of(options));
            commands.add(CompletableFuture.supplyAsync(() -> suite(args.toArray(String[]::new))));
        }
        commands.forEach(CompletableFuture::join);
    }

    public static void start(String component) {
        suite("start", component);
    }

    /** Starts {@code component} without waiting for it to be ready. */
    public static void startNoWait(String component) {
        suite("start", component, "--no-wait");
    }

    public static void restart(String component) {
        suite("restart", component);
    }

    public static void kill(String component) {
        suite("kill", component, "--signal", "KILL");
    }

    /** Restarts {@code component} with extra environment, which wins over what {@code up} saved. */
    public static void restartWith(Map<String, String> environment, String component) {
        run(environment, "restart", component);
    }

    /** Runs {@code deploy/suite <args>} and fails with its output if it does not succeed. */
    public static String suite(String... args) {
        return run(Map.of(), args);
    }

    private static String run(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Chaos.root().resolve("deploy/suite").toString());
        command.addAll(List.of(args));
        long started = System.nanoTime();
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(Chaos.root().toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end in " + COMMAND_LIMIT);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + text);
            }
            System.out.printf("chaos: deploy/suite %s took %.1f s%n", String.join(" ", args),
                    (System.nanoTime() - started) / 1e9);
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
