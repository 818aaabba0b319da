package io.parksuite.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Builds the suite's images as OCI tarballs with Jib, which needs no Docker engine: this machine
 * and CI have none, and no registry to pull public base images from. Each image starts from a
 * local base tarball (one layer unpacked from Debian packages by deploy/lib/images.sh) and adds
 * the application in layers ordered from the least to the most often changed, so that a new
 * build of a service changes only its small application layer.
 *
 * <p>Usage: {@code ImageBuilder IMAGE...}, each IMAGE five arguments:
 * {@code service NAME BASE_TAR QUARKUS_APP OUT_TAR} or {@code gateway NAME BASE_TAR REPOSITORY_ROOT
 * OUT_TAR}; one process for all, as most of a build's time is the JVM's and Jib's start. Writes
 * OUT_TAR and, beside it, {@code <name>.digest}: the manifest's digest, by which a registry will
 * serve the image.
 */
public final class ImageBuilder {

    static final String SERVICE_USER = "185";
    static final String GATEWAY_USER = "101";
    static final List<String> SERVICE_ENTRYPOINT = List.of("/usr/bin/java",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", "/deployments/quarkus-run.jar");
    /**
     * The JVM flags a deployment may replace: the java launcher reads JDK_JAVA_OPTIONS itself,
     * with no shell in the image to expand a variable (the ConfigMap parksuite-common sets it).
     */
    static final String SERVICE_JVM_OPTIONS = "-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp";
    static final List<String> GATEWAY_ENTRYPOINT = List.of("/opt/gateway/entrypoint.sh");

    private static final FilePermissions EXECUTABLE = FilePermissions.fromOctalString("755");
    private static final FilePermissions READABLE = FilePermissions.fromOctalString("644");

    private ImageBuilder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args.length % 5 != 0) {
            System.err.println("usage: ImageBuilder [service|gateway NAME BASE_TAR SOURCE OUT_TAR]...");
            System.exit(2);
        }
        for (int i = 0; i < args.length; i += 5) {
            long started = System.nanoTime();
            String digest = build(args[i], args[i + 1], Path.of(args[i + 2]), Path.of(args[i + 3]), Path.of(args[i + 4]));
            System.out.printf("  %s %s, built in %.1f s%n", args[i + 1], digest, (System.nanoTime() - started) / 1e9);
        }
    }

    static String build(String kind, String name, Path base, Path source, Path out) throws Exception {
        JibContainerBuilder image = Jib.from(TarImage.at(base))
                .setFormat(ImageFormat.OCI)
                .setCreationTime(Instant.EPOCH)
                .addExposedPort(Port.tcp(8080));
        switch (kind) {
            case "service" -> service(image, source);
            case "gateway" -> gateway(image, source);
            default -> throw new IllegalArgumentException("unknown kind of image: " + kind);
        }
        Path cache = out.toAbsolutePath().getParent().resolve("jib-cache");
        JibContainer built = image.containerize(Containerizer.to(TarImage.at(out).named(name))
                .setBaseImageLayersCache(cache.resolve("base"))
                .setApplicationLayersCache(cache.resolve("application"))
                .setToolName("parksuite-images"));
        String file = out.getFileName().toString().replaceFirst("\\.tar$", "");
        Files.writeString(out.resolveSibling(file + ".digest"), built.getDigest() + "\n");
        return built.getDigest().toString();
    }

    /** A Quarkus fast-jar: dependencies, then Quarkus' generated classes, then the application. */
    private static void service(JibContainerBuilder image, Path app) throws Exception {
        AbsoluteUnixPath home = AbsoluteUnixPath.get("/deployments");
        image.setUser(SERVICE_USER)
                .setWorkingDirectory(home)
                .setEntrypoint(SERVICE_ENTRYPOINT)
                .addEnvironmentVariable("LANG", "C.UTF-8")
                .addEnvironmentVariable("JDK_JAVA_OPTIONS", SERVICE_JVM_OPTIONS)
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("dependencies")
                        .addEntryRecursive(app.resolve("lib"), home.resolve("lib")).build())
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("quarkus")
                        .addEntry(app.resolve("quarkus-run.jar"), home.resolve("quarkus-run.jar"))
                        .addEntryRecursive(app.resolve("quarkus"), home.resolve("quarkus")).build())
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("application")
                        .addEntryRecursive(app.resolve("app"), home.resolve("app")).build());
    }

    /**
     * deploy/docker/gateway.Dockerfile without its Node stages: the portal's Swagger UI and the
     * cockpit's build come from the repository, installed and built by the suite beforehand.
     */
    private static void gateway(JibContainerBuilder image, Path root) throws Exception {
        Path gateway = root.resolve("deploy/gateway");
        Path portal = gateway.resolve("portal");
        AbsoluteUnixPath opt = AbsoluteUnixPath.get("/opt/gateway");
        FileEntriesLayer.Builder files = FileEntriesLayer.builder().setName("gateway");
        files.addEntry(gateway.resolve("nginx.conf.template"), opt.resolve("nginx.conf.template"), READABLE);
        files.addEntry(gateway.resolve("render"), opt.resolve("render"), EXECUTABLE);
        files.addEntry(root.resolve("deploy/docker/gateway-entrypoint.sh"), opt.resolve("entrypoint.sh"), EXECUTABLE);
        for (String file : List.of("index.html", "events.html", "portal.css", "swagger-initializer.js",
                "package.json", "package-lock.json")) {
            files.addEntry(portal.resolve(file), opt.resolve("portal").resolve(file), READABLE);
        }
        image.setUser(GATEWAY_USER)
                .setEntrypoint(GATEWAY_ENTRYPOINT)
                // render reinstalls the portal only when its lock file is newer than node_modules:
                // every file of a layer has the same time, so it never does here.
                .addEnvironmentVariable("COCKPIT_ROOT", "/opt/gateway/cockpit-dist")
                .addEnvironmentVariable("GATEWAY_DAEMON", "off")
                .addEnvironmentVariable("GATEWAY_ACCESS_LOG", "/dev/stdout")
                .addEnvironmentVariable("GATEWAY_ERROR_LOG", "stderr")
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("portal-dependencies")
                        .addEntryRecursive(portal.resolve("node_modules"), opt.resolve("portal/node_modules")).build())
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("cockpit")
                        .addEntryRecursive(gateway.resolve("cockpit/dist"), opt.resolve("cockpit-dist")).build())
                .addFileEntriesLayer(files.build());
    }
}
