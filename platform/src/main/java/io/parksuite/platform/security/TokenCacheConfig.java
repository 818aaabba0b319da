package io.parksuite.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Bounds of the cache of verified bearer tokens ({@link VerifiedTokenCache}). */
@ConfigMapping(prefix = "parksuite.security.verified-tokens")
public interface TokenCacheConfig {

    /** Tokens kept at most; the least used go first. 0 verifies every request in full. */
    @WithDefault("10000")
    long maxSize();

    /**
     * How long a verified token is taken from the cache at most, however late it expires: the
     * longest a token signed with a key since removed from the issuer's key set is still honoured.
     */
    @WithDefault("5m")
    Duration maxAge();
}
