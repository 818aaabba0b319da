package io.parksuite.indicator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The test tokens' public key for the packaged jar: the test profile names it as a classpath
 * resource of platform-testing, which the jar does not carry, so it is written to a file and the
 * jar is pointed at that file.
 */
public class DevJwtKeyFile implements QuarkusTestResourceLifecycleManager {

    private static final String KEY = "dev-jwt/public-key.pem";

    @Override
    public Map<String, String> start() {
        try (InputStream key = DevJwtKeyFile.class.getClassLoader().getResourceAsStream(KEY)) {
            if (key == null) {
                throw new IllegalStateException(KEY + " is not on the test classpath");
            }
            Path file = Files.createTempFile("indicator-dev-jwt", ".pem");
            file.toFile().deleteOnExit();
            Files.copy(key, file, StandardCopyOption.REPLACE_EXISTING);
            return Map.of("%test.mp.jwt.verify.publickey.location", file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // the file goes with the JVM
    }
}
