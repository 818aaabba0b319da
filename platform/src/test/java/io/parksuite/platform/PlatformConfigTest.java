package io.parksuite.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reliability settings every service inherits from the platform's configuration. */
class PlatformConfigTest {

    private static Properties platformDefaults() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlatformConfigTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            assertNotNull(in);
            properties.load(in);
        }
        return properties;
    }

    @Test
    void noConsumingChannelIsClosedBecauseARecordWaitedLongForItsAcknowledgement() throws IOException {
        String maxAge = platformDefaults().getProperty("mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms");
        assertNotNull(maxAge, "set for every channel at connector level");
        assertTrue(Integer.parseInt(maxAge) <= 0, "a value <= 0 switches SmallRye's check off: " + maxAge);
    }

    @Test
    void aServiceStartedWhileTheDatabaseIsDownWaitsAboutTenMinutesForIt() throws IOException {
        Properties defaults = platformDefaults();
        assertEquals("${DB_CONNECT_RETRIES:60}", defaults.getProperty("quarkus.flyway.connect-retries"));
        assertEquals("10s", defaults.getProperty("quarkus.flyway.connect-retries-interval"));
    }
}
