package io.parksuite.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;

/**
 * Verifies each bearer token once rather than on every request: the RS256 signature check and the
 * parsing of the claims were a fifth of the CPU of a single-record read, paid again for every
 * request of the same client. A token that passed verification (signature, issuer, audience,
 * times) is taken from a bounded cache until it expires ({@link TokenLifetime}); a token that
 * fails is never cached and is refused again in full each time. Only the verification is cached:
 * roles, the role guard and every object-level check still run on each request from the claims.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends DefaultJWTParser {

    private final Cache<String, JsonWebToken> verified;

    @Inject
    public VerifiedTokenCache(JWTAuthContextInfo authContextInfo, JWTCallerPrincipalFactory principalFactory,
                              TokenCacheConfig config) {
        super(authContextInfo, principalFactory);
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.maxSize())
                .expireAfter(new TokenLifetime(config.maxAge(), Clock.systemUTC()))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken parsed = super.parse(token);
        verified.put(token, parsed);
        return parsed;
    }
}
