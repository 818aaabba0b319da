package io.parksuite.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Checks an image tarball written by {@link ImageBuilder} the way a cluster will see it, since
 * no Docker engine here can run it: a non-root user, the expected entrypoint, the layers in
 * their order, the files the entrypoint needs, and no build tool anywhere in the layers (a
 * compiler, a package manager, npm, Maven) that an intruder could use. Prints the image's
 * layers and sizes, compressed (as pulled) and unpacked.
 *
 * <p>Usage: {@code ImageCheck [service|gateway IMAGE_TAR]...}; exit 1 when a check fails. Writes beside
 * the tarball {@code <name>.layers} (its layers' paths in the tarball, bottom first),
 * {@code <name>.env} (the configured environment) and {@code <name>.entrypoint} (one argument a
 * line), with which the suite runs the unpacked image.
 */
public final class ImageCheck {

    /** Executables no image may ship, in any bin folder. */
    static final Set<String> BUILD_TOOLS = Set.of("javac", "jar", "jlink", "jpackage", "gcc", "cc", "c++", "g++",
            "make", "ld", "as", "mvn", "gradle", "npm", "npx", "node", "apt", "apt-get", "dpkg", "dpkg-deb", "pip");
    private static final Pattern BIN = Pattern.compile("(?:^|/)s?bin/([^/]+)$");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "service", List.of("usr/lib/jvm/java-17-openjdk-amd64/bin/java", "usr/bin/java",
                    "etc/ssl/certs/java/cacerts", "etc/passwd", "tmp", "deployments/quarkus-run.jar",
                    "deployments/lib/boot", "deployments/lib/main", "deployments/app", "deployments/quarkus"),
            "gateway", List.of("usr/sbin/nginx", "usr/bin/envsubst",
                    "bin/bash", "etc/passwd", "tmp", "opt/gateway/entrypoint.sh", "opt/gateway/render",
                    "opt/gateway/nginx.conf.template", "opt/gateway/portal/index.html",
                    "opt/gateway/portal/node_modules/swagger-ui-dist/swagger-ui-bundle.js",
                    "opt/gateway/cockpit-dist/index.html"));

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Layers by their blob path (their digest): the images share their base layer. */
    private static final Map<String, Layer> LAYERS = new HashMap<>();

    /** A layer's paths, the build tools among them, and its unpacked size. */
    private record Layer(Set<String> files, Set<String> tools, long size) {

        static Layer read(InputStream gzipped) throws IOException {
            Set<String> files = new TreeSet<>();
            Set<String> tools = new TreeSet<>();
            long[] size = {0};
            forEachEntry(new GZIPInputStream(new FilterInputStream(gzipped) {
                @Override
                public void close() {
                    // the outer tarball's stream goes on to the next layer
                }
            }), (file, content) -> {
                String name = file.getName().replaceFirst("^\\./", "").replaceFirst("^/", "").replaceFirst("/$", "");
                // A folder is there when anything under it is, with or without an entry of its own.
                for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                    files.add(name.substring(0, slash));
                }
                files.add(name);
                size[0] += file.getSize();
                Matcher bin = BIN.matcher(name);
                if (bin.find() && BUILD_TOOLS.contains(bin.group(1))) {
                    tools.add(name);
                }
            });
            return new Layer(files, tools, size[0]);
        }
    }

    private ImageCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args.length % 2 != 0) {
            System.err.println("usage: ImageCheck [service|gateway IMAGE_TAR]...");
            System.exit(2);
        }
        boolean failed = false;
        for (int i = 0; i < args.length; i += 2) {
            if (!REQUIRED.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown kind of image: " + args[i]);
            }
            String tar = args[i + 1];
            List<String> problems = check(args[i], Path.of(tar));
            problems.forEach(p -> System.err.println("  " + tar + ": " + p));
            failed |= !problems.isEmpty();
        }
        System.exit(failed ? 1 : 0);
    }

    static List<String> check(String kind, Path tar) throws IOException {
        Map<String, byte[]> small = new HashMap<>();
        forEachEntry(Files.newInputStream(tar), (entry, in) -> {
            if (entry.getSize() < 1 << 16) {
                small.put(entry.getName(), in.readAllBytes());
            }
        });
        JsonNode index = JSON.readTree(small.get("index.json"));
        JsonNode manifest = JSON.readTree(blob(small, index.path("manifests").path(0).path("digest").asText()));
        JsonNode config = JSON.readTree(blob(small, manifest.path("config").path("digest").asText()))
                .path("config");
        List<String> problems = new ArrayList<>();
        String user = config.path("User").asText("");
        if (user.isEmpty() || user.equals("0") || user.startsWith("root") || user.startsWith("0:")) {
            problems.add("runs as root (User '" + user + "')");
        }
        String expectedUser = kind.equals("service") ? ImageBuilder.SERVICE_USER : ImageBuilder.GATEWAY_USER;
        if (!user.equals(expectedUser)) {
            problems.add("user " + user + ", not " + expectedUser);
        }
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
        List<String> expected = kind.equals("service") ? ImageBuilder.SERVICE_ENTRYPOINT : ImageBuilder.GATEWAY_ENTRYPOINT;
        if (!entrypoint.equals(expected)) {
            problems.add("entrypoint " + entrypoint + ", not " + expected);
        }

        Map<String, Long> layerSizes = new LinkedHashMap<>();
        manifest.path("layers").forEach(l -> layerSizes.put(blobPath(l.path("digest").asText()), l.path("size").asLong()));
        int expectedLayers = 4;
        if (layerSizes.size() != expectedLayers) {
            problems.add(layerSizes.size() + " layers, not " + expectedLayers + " (base root and three of the application)");
        }
        Map<String, Long> unpacked = new HashMap<>();
        Set<String> files = new TreeSet<>();
        Set<String> tools = new TreeSet<>();
        forEachEntry(Files.newInputStream(tar), (entry, in) -> {
            if (!layerSizes.containsKey(entry.getName())) {
                return;
            }
            Layer layer = LAYERS.get(entry.getName());
            if (layer == null) {
                layer = Layer.read(in);
                LAYERS.put(entry.getName(), layer);
            }
            files.addAll(layer.files());
            tools.addAll(layer.tools());
            unpacked.put(entry.getName(), layer.size());
        });
        for (String required : REQUIRED.get(kind)) {
            if (!files.contains(required)) {
                problems.add("no /" + required + " in any layer");
            }
        }
        if (!tools.isEmpty()) {
            problems.add("build tools in the layers: " + tools);
        }

        long compressed = 0;
        long size = 0;
        int i = 0;
        StringBuilder layers = new StringBuilder();
        for (Map.Entry<String, Long> layer : layerSizes.entrySet()) {
            compressed += layer.getValue();
            size += unpacked.getOrDefault(layer.getKey(), 0L);
            layers.append(String.format("%s%d: %s (%s unpacked)", i++ == 0 ? "" : ", ", i, mb(layer.getValue()),
                    mb(unpacked.getOrDefault(layer.getKey(), 0L))));
        }
        System.out.printf("  %s: user %s, %d layers, %s compressed (tar %s), %s unpacked%s%n",
                tar.getFileName(), user, layerSizes.size(), mb(compressed), mb(Files.size(tar)), mb(size),
                tools.isEmpty() ? ", no build tools" : "");
        System.out.printf("    layers %s%n", layers);
        String base = tar.getFileName().toString().replaceFirst("\\.tar$", "");
        Files.write(tar.resolveSibling(base + ".layers"), layerSizes.keySet());
        List<String> env = new ArrayList<>();
        config.path("Env").forEach(e -> env.add(e.asText()));
        Files.write(tar.resolveSibling(base + ".env"), env);
        Files.write(tar.resolveSibling(base + ".entrypoint"), entrypoint);
        return problems;
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    private static String blobPath(String digest) {
        return "blobs/" + digest.replace(':', '/');
    }

    private static byte[] blob(Map<String, byte[]> small, String digest) throws IOException {
        byte[] content = small.get(blobPath(digest));
        if (content == null) {
            throw new IOException("the image tarball has no blob " + digest);
        }
        return content;
    }

    private interface EntryHandler {
        void accept(TarArchiveEntry entry, InputStream content) throws IOException;
    }

    private static void forEachEntry(InputStream raw, EntryHandler handler) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(raw, 1 << 16))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!entry.isDirectory() || entry.getName().length() > 0) {
                    handler.accept(entry, tar);
                }
            }
        }
    }
}
