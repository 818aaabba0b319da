package io.parksuite.platform.security;

import io.parksuite.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Who is calling: the verified token's subject, client, roles and enterprise (uscc claim). */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The calling application: the token's {@code azp}, else {@code client_id}, else its subject. */
    public String clientId() {
        return Optional.ofNullable(token.<String>getClaim("azp"))
                .or(() -> Optional.ofNullable(token.<String>getClaim("client_id")))
                .orElse(subject());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * True for an enterprise user, whose reach is limited to its own USCC: anyone holding the
     * enterprise role, whatever else the token carries ({@link RoleGuard} refuses tokens that also
     * hold a staff role).
     */
    public boolean isEnterpriseUser() {
        return identity.hasRole(Roles.ENTERPRISE);
    }

    /** The enterprise an enterprise user acts for. */
    public Optional<String> uscc() {
        return Optional.ofNullable(token.getClaim(Roles.USCC_CLAIM));
    }

    /** The department an approval officer works for ({@code dept} claim). */
    public Optional<String> dept() {
        return Optional.ofNullable(token.<String>getClaim(Roles.DEPT_CLAIM));
    }

    /**
     * The enterprise filter of a list this caller asks for: an enterprise user always gets its own
     * USCC (asking for another's answers 404, so that existence is not leaked); anyone else gets
     * what was asked (null: every enterprise).
     */
    public String enterpriseFilter(String requested) {
        if (!isEnterpriseUser()) {
            return requested;
        }
        String own = uscc().orElseThrow(() -> ProblemException.notFound("No enterprise is linked to this login"));
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.notFound("No enterprise with USCC " + requested);
        }
        return own;
    }

    /** Whether this caller may see the records of enterprise {@code uscc}. */
    public boolean mayAccessEnterprise(String uscc) {
        return !isEnterpriseUser() || uscc().filter(uscc::equals).isPresent();
    }
}
