package io.parksuite.platform.security;

import io.parksuite.platform.uscc.Uscc;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a token's roles the fail-closed way, once, for every service. Identity providers add
 * roles of their own ({@code offline_access}, {@code uma_authorization}, {@code default-roles-…}):
 * they are dropped, so no rule ever depends on how many roles a token carries. A token that makes
 * its caller both an enterprise and park staff, an enterprise user without a valid {@code uscc}
 * claim or an approval officer without a {@code dept} claim cannot be read safely and is refused
 * (401), instead of being granted whatever its roles would reach.
 */
@ApplicationScoped
public class RoleGuard implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(RoleGuard.class);

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = identity.getRoles().stream().filter(Roles.ALL::contains).collect(Collectors.toSet());
        String refusal = refusal(roles, claim(identity, Roles.USCC_CLAIM), claim(identity, Roles.DEPT_CLAIM));
        if (refusal != null) {
            LOG.warnf("Refused the token of %s: %s", identity.getPrincipal().getName(), refusal);
            return Uni.createFrom().failure(new AuthenticationFailedException(refusal));
        }
        if (roles.equals(identity.getRoles())) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .setAnonymous(false);
        builder.addPermissionChecker(identity::checkPermission);
        return Uni.createFrom().item(builder.build());
    }

    /** Why a token with these suite roles and claims must be refused, or null when it may be used. */
    static String refusal(Set<String> roles, String uscc, String dept) {
        boolean enterprise = roles.contains(Roles.ENTERPRISE);
        if (enterprise && roles.stream().anyMatch(Roles.STAFF::contains)) {
            return "the token mixes the enterprise role with a staff role";
        }
        if (enterprise && Uscc.check(uscc) != Uscc.Check.VALID) {
            return "an enterprise token must carry a valid uscc claim";
        }
        if (roles.contains(Roles.APPROVAL_OFFICER) && (dept == null || dept.isBlank())) {
            return "an approval-officer token must carry a dept claim";
        }
        return null;
    }

    private static String claim(SecurityIdentity identity, String name) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object value = token.getClaim(name);
        return value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
    }
}
