package io.parksuite.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Gives a packaged application the tests' token key: the dev key pair is on the tests' classpath
 * only, never in the jar, so the public key is copied to a file the launched jar is pointed at.
 */
final class DevJwtKey {

    private static final String KEY = "dev-jwt/public-key.pem";

    private DevJwtKey() {
    }

    /** Copies the dev public key into {@code directory}; returns the file's absolute path. */
    static Path writeTo(Path directory) {
        try (InputStream key = Thread.currentThread().getContextClassLoader().getResourceAsStream(KEY)) {
            if (key == null) {
                throw new IllegalStateException(KEY + " is not on the test classpath");
            }
            Path file = directory.resolve("dev-jwt-public-key.pem").toAbsolutePath();
            Files.copy(key, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
