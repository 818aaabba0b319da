package io.parksuite.platform.observability;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RefreshFailuresTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void everyFailingRefreshCountsAndWarnsAtMostOnceAMinutePerKind() {
        ManualClock clock = new ManualClock();
        ShutdownState shutdown = new ShutdownState();
        RefreshFailures failures = new RefreshFailures(new SimpleMeterRegistry(), clock, shutdown);
        List<LogRecord> warnings = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(RefreshFailures.class.getName());
        logger.addHandler(handler);
        try {
            failures.failed("outbox", new IllegalStateException("database down"));
            clock.now = clock.now.plusSeconds(20);
            failures.failed("outbox", new IllegalStateException("database down"));
            failures.failed("consumer-lag", new IllegalStateException("broker down"));
            clock.now = clock.now.plus(RefreshFailures.WARN_EVERY);
            failures.failed("outbox", new IllegalStateException("database down"));
            clock.now = clock.now.plus(RefreshFailures.WARN_EVERY);
            shutdown.onStop(null);
            failures.failed("outbox", new IllegalStateException("EntityManagerFactory is closed"));
        } finally {
            logger.removeHandler(handler);
        }

        assertEquals(4, failures.count("outbox"));
        assertEquals(1, failures.count("consumer-lag"));
        assertEquals(0, failures.count("never-failed"));
        assertEquals(3, warnings.size(), "outbox twice (a minute apart), consumer-lag once, none while shutting down");
    }
}
