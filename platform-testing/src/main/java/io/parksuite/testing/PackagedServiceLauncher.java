package io.parksuite.testing;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Starts the packaged application of a {@link PackagedService} class once, before its tests, and
 * stops it after them. Quarkus's {@code @QuarkusIntegrationTest} does the same but first runs a
 * build of the whole application to start dev services, 12 to 20 seconds a module on two cores;
 * this suite configures every service itself, so the jar is launched directly. The JVM runs with
 * the C1 compiler and the serial collector, which start a short-lived application about a quarter
 * faster here; the output goes to {@code target/packaged-service.log}.
 */
public class PackagedServiceLauncher implements BeforeAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        PackagedService service = context.getRequiredTestClass().getAnnotation(PackagedService.class);
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        Path jar = target.resolve("quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the module before its *IT tests");
        }
        KafkaTestBroker broker = new KafkaTestBroker();
        broker.init(Map.of("topics", service.topics()));
        int port = freePort();
        Map<String, String> properties = new TreeMap<>(broker.start());
        properties.put("mp.jwt.verify.publickey.location", DevJwtKey.writeTo(target).toString());
        properties.put("quarkus.http.port", Integer.toString(port));

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_OPTIONS);
        command.add("-Dquarkus.profile=test");
        // a profile's own key (%test.x) wins over x from any source: both are set
        properties.forEach((name, value) -> {
            command.add("-D" + name + "=" + value);
            command.add("-D%test." + name + "=" + value);
        });
        command.add("-jar");
        command.add(jar.toString());
        Path log = target.resolve("packaged-service.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        context.getStore(ExtensionContext.Namespace.create(PackagedServiceLauncher.class))
                .put(Running.class, new Running(process));
        awaitStarted(process, port, log);
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = port;
    }

    private static void awaitStarted(Process process, int port, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest started = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/started"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the packaged application exited with " + process.exitValue()
                        + ":\n" + tail(log));
            }
            try {
                if (client.send(started, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the HTTP server opens last
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the packaged application did not start within " + START_TIMEOUT
                + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kills the application when the test class ends: a smoke run keeps nothing, and a graceful
     * stop spends seconds on the consumers leaving their groups of a broker that goes too.
     */
    private record Running(Process process) implements AutoCloseable {

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
