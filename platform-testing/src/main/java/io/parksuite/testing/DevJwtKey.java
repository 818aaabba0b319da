package io.parksuite.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Gives a packaged application under {@code @QuarkusIntegrationTest} the tests' token key: the dev
 * key pair is on the tests' classpath only, so the public key is copied to a file and the launched
 * jar is pointed at it ({@code @WithTestResource(DevJwtKey.class)}).
 */
public class DevJwtKey implements QuarkusTestResourceLifecycleManager {

    private static final String KEY = "dev-jwt/public-key.pem";
    private Path file;

    @Override
    public Map<String, String> start() {
        try (InputStream key = Thread.currentThread().getContextClassLoader().getResourceAsStream(KEY)) {
            if (key == null) {
                throw new IllegalStateException(KEY + " is not on the test classpath");
            }
            file = Files.createTempFile("service-jwt", ".pem");
            Files.copy(key, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String location = file.toAbsolutePath().toString();
        return Map.of("mp.jwt.verify.publickey.location", location,
                "%test.mp.jwt.verify.publickey.location", location);
    }

    @Override
    public void stop() {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
