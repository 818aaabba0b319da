package io.parksuite.platform.security;

import com.github.benmanes.caffeine.cache.Expiry;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;

/**
 * How long a verified token stays in the {@link VerifiedTokenCache}: until its {@code exp}, and
 * never longer than the configured maximum age. A token without {@code exp} is not kept at all.
 */
final class TokenLifetime implements Expiry<String, JsonWebToken> {

    private final Duration maxAge;
    private final Clock clock;

    TokenLifetime(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The token's time left in the cache from now, in nanoseconds; 0 when it must not be kept. */
    long nanosLeft(JsonWebToken token) {
        if (!(token.getClaim(Claims.exp.name()) instanceof Number expiresAt)) {
            return 0;
        }
        long millisLeft = expiresAt.longValue() * 1000 - clock.millis();
        return millisLeft <= 0 ? 0 : Math.min(Duration.ofMillis(millisLeft).toNanos(), maxAge.toNanos());
    }

    @Override
    public long expireAfterCreate(String key, JsonWebToken token, long currentTime) {
        return nanosLeft(token);
    }

    @Override
    public long expireAfterUpdate(String key, JsonWebToken token, long currentTime, long currentDuration) {
        return nanosLeft(token);
    }

    @Override
    public long expireAfterRead(String key, JsonWebToken token, long currentTime, long currentDuration) {
        return currentDuration;
    }
}
