package io.parksuite.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image checks must catch what they are for: a root user, another entrypoint, a missing
 * file, a build tool in any layer. Each test writes a small OCI image tarball the way Jib lays
 * it out (index.json, blobs/sha256/...), since no real image can be broken on purpose cheaply.
 */
class ImageCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SERVICE_FILES = List.of("usr/lib/jvm/java-17-openjdk-amd64/bin/java",
            "usr/bin/java", "etc/ssl/certs/java/cacerts", "etc/passwd", "tmp/.keep", "deployments/quarkus-run.jar",
            "deployments/lib/boot/a.jar", "deployments/lib/main/b.jar", "deployments/app/c.jar",
            "deployments/quarkus/d.dat");

    @TempDir
    Path dir;

    @Test
    void aServiceImageAsBuiltPasses() throws Exception {
        Path tar = image(ImageBuilder.SERVICE_USER, ImageBuilder.SERVICE_ENTRYPOINT,
                List.of(SERVICE_FILES, List.of("deployments/lib/x.jar"), List.of("deployments/y"), List.of("deployments/app/z")));
        assertEquals(List.of(), ImageCheck.check("service", tar));
    }

    @Test
    void rootUserOtherEntrypointMissingFilesAndBuildToolsFail() throws Exception {
        List<String> base = new ArrayList<>(SERVICE_FILES);
        base.remove("deployments/quarkus-run.jar");
        Path tar = image("0", List.of("/bin/sh"),
                List.of(base, List.of("usr/bin/gcc"), List.of("usr/lib/jvm/x/bin/javac"), List.of("usr/local/bin/npm")));
        String problems = String.join("\n", ImageCheck.check("service", tar));
        assertTrue(problems.contains("runs as root"), problems);
        assertTrue(problems.contains("entrypoint [/bin/sh]"), problems);
        assertTrue(problems.contains("no /deployments/quarkus-run.jar"), problems);
        assertTrue(problems.contains("build tools in the layers: [usr/bin/gcc, usr/lib/jvm/x/bin/javac, usr/local/bin/npm]"), problems);
    }

    @Test
    void aLayerTooFewFails() throws Exception {
        Path tar = image(ImageBuilder.SERVICE_USER, ImageBuilder.SERVICE_ENTRYPOINT, List.of(SERVICE_FILES));
        assertTrue(String.join("\n", ImageCheck.check("service", tar)).contains("1 layers, not 4"));
    }

    /** An OCI image tarball: one layer per list of files (each file a few bytes). */
    private Path image(String user, List<String> entrypoint, List<List<String>> layers) throws Exception {
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        List<Map<String, Object>> layerDescriptors = new ArrayList<>();
        for (List<String> files : layers) {
            byte[] layer = gzippedTar(files);
            layerDescriptors.add(Map.of("mediaType", "application/vnd.oci.image.layer.v1.tar+gzip",
                    "digest", put(blobs, layer), "size", layer.length));
        }
        byte[] config = JSON.writeValueAsBytes(Map.of("config", Map.of("User", user, "Entrypoint", entrypoint,
                "Env", List.of("PATH=/usr/bin"))));
        byte[] manifest = JSON.writeValueAsBytes(Map.of("schemaVersion", 2,
                "config", Map.of("digest", put(blobs, config), "size", config.length), "layers", layerDescriptors));
        byte[] index = JSON.writeValueAsBytes(Map.of("schemaVersion", 2,
                "manifests", List.of(Map.of("digest", put(blobs, manifest), "size", manifest.length))));
        Path tar = dir.resolve("image.tar");
        try (OutputStream out = Files.newOutputStream(tar); TarArchiveOutputStream t = new TarArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> blob : blobs.entrySet()) {
                add(t, "blobs/" + blob.getKey().replace(':', '/'), blob.getValue());
            }
            add(t, "index.json", index);
        }
        return tar;
    }

    private static String put(Map<String, byte[]> blobs, byte[] content) throws NoSuchAlgorithmException {
        String digest = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        blobs.put(digest, content);
        return digest;
    }

    private static byte[] gzippedTar(List<String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (String file : files) {
                add(t, "./" + file, file.getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
