package io.parksuite.platform.security;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenLifetimeTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private final TokenLifetime lifetime = new TokenLifetime(Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenIsKeptUntilItExpires() {
        assertEquals(Duration.ofSeconds(90).toNanos(), lifetime.nanosLeft(expiringAt(NOW.plusSeconds(90))));
    }

    @Test
    void noTokenIsKeptLongerThanTheMaximumAge() {
        assertEquals(Duration.ofMinutes(5).toNanos(), lifetime.nanosLeft(expiringAt(NOW.plus(Duration.ofHours(10)))));
    }

    @Test
    void anExpiredTokenOrOneWithoutExpiryIsNotKept() {
        assertEquals(0, lifetime.nanosLeft(expiringAt(NOW)));
        assertEquals(0, lifetime.nanosLeft(expiringAt(NOW.minusSeconds(30))));
        assertEquals(0, lifetime.nanosLeft(token(null)));
    }

    private static JsonWebToken expiringAt(Instant exp) {
        return token(exp.getEpochSecond());
    }

    private static JsonWebToken token(Long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "test";
            }

            @Override
            public Set<String> getClaimNames() {
                return exp == null ? Set.of() : Set.of(Claims.exp.name());
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return Claims.exp.name().equals(claimName) ? (T) exp : null;
            }
        };
    }
}
