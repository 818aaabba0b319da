package io.parksuite.approval;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real S3-compatible server for the S3 material store's tests: Adobe's S3Mock server jar (copied by the
 * build into {@code target/s3-server}) run as a separate process on a free port with one bucket, and the
 * approval-service configured to write material files there.
 */
public class S3TestServer implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "approval-materials";
    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key";

    private static String endpoint;
    private Process process;

    public static String endpoint() {
        return endpoint;
    }

    @Override
    public Map<String, String> start() {
        Path jar = Path.of("target", "s3-server", "s3-server.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No S3 test server at " + jar + ": build through Maven, which copies it there");
        }
        try {
            int port = freePort();
            Path root = Files.createTempDirectory(Path.of("target"), "s3-data");
            Path log = Path.of("target", "s3-server", "s3-server.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                    "--com.adobe.testing.s3mock.http-port=" + port, "--server.port=0",
                    "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                    "--com.adobe.testing.s3mock.store.root=" + root.toAbsolutePath()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            endpoint = "http://127.0.0.1:" + port;
            awaitBucket(endpoint + "/" + BUCKET);
        } catch (IOException e) {
            throw new IllegalStateException("S3 test server did not start", e);
        }
        return Map.of(
                "parksuite.approval.materials.store", "s3",
                "parksuite.approval.materials.s3.endpoint", endpoint,
                "parksuite.approval.materials.s3.bucket", BUCKET,
                "parksuite.approval.materials.s3.access-key-id", ACCESS_KEY,
                "parksuite.approval.materials.s3.secret-access-key", SECRET_KEY);
    }

    private void awaitBucket(String url) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        IOException lastRefusal = null;
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3 test server exited with " + process.exitValue()
                        + "; see target/s3-server/s3-server.log");
            }
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(url)).method("HEAD",
                        HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                lastRefusal = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("S3 test server not ready within 90 s; see target/s3-server/s3-server.log",
                lastRefusal);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(Duration.ofSeconds(15).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
