package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.Contact;
import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.EnterpriseProfile;
import io.parksuite.enterprise.domain.EnterpriseStatus;
import io.parksuite.enterprise.domain.StatusTransitions;
import io.parksuite.enterprise.messaging.EnterpriseEvents;
import io.parksuite.platform.audit.AuditHistory;
import io.parksuite.platform.http.Versions;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.uscc.Uscc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Registry transactions: each change and its event commit together or not at all. */
@ApplicationScoped
public class EnterpriseService {

    private final EnterpriseEvents events;
    private final ReferenceData referenceData;
    private final AuditHistory history;
    private final Clock clock;

    public EnterpriseService(EnterpriseEvents events, ReferenceData referenceData, AuditHistory history, Clock clock) {
        this.events = events;
        this.referenceData = referenceData;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Registers an enterprise. A code failing only its check character is accepted when
     * {@code checkCharacterOverride} is set, and keeps a visible warning.
     */
    @Transactional
    public Enterprise register(String uscc, boolean checkCharacterOverride, EnterpriseProfile profile) {
        List<Problem.FieldError> problems = problemsOf(uscc, checkCharacterOverride, profile);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
        }
        if (Enterprise.findById(uscc) != null) {
            throw alreadyRegistered(uscc);
        }
        Enterprise enterprise = Enterprise.register(uscc, profile, checkCharacterWarning(uscc), now());
        try {
            enterprise.persistAndFlush();
        } catch (ConstraintViolationException e) {
            throw alreadyRegistered(uscc);
        }
        events.registered(enterprise);
        return enterprise;
    }

    @Transactional
    public Enterprise update(String uscc, String ifMatch, EnterpriseProfile profile) {
        Enterprise enterprise = load(uscc);
        Versions.requireMatch(ifMatch, enterprise.version);
        List<Problem.FieldError> problems = referenceProblems(profile);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
        }
        List<String> changed = enterprise.apply(profile, now());
        publishChange(enterprise, changed);
        return enterprise;
    }

    @Transactional
    public Enterprise changeContact(Caller caller, String uscc, String ifMatch, Contact contact) {
        Enterprise enterprise = findFor(caller, uscc);
        Versions.requireMatch(ifMatch, enterprise.version);
        publishChange(enterprise, enterprise.changeContact(contact, now()));
        return enterprise;
    }

    @Transactional
    public Enterprise changeStatus(String uscc, String ifMatch, EnterpriseStatus to, LocalDate effectiveOn, String reason) {
        Enterprise enterprise = load(uscc);
        Versions.requireMatch(ifMatch, enterprise.version);
        EnterpriseStatus from = enterprise.status;
        if (!StatusTransitions.allowed(from, to)) {
            throw ProblemException.conflict("An enterprise that is " + from + " cannot become " + to
                    + "; allowed: " + StatusTransitions.from(from));
        }
        enterprise.changeStatus(to, effectiveOn, reason, now());
        enterprise.flush();
        events.statusChanged(enterprise, from);
        return enterprise;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Enterprise> find(String uscc) {
        return Enterprise.findByIdOptional(uscc);
    }

    /** The enterprise, if {@code caller} may see it; otherwise 404, so that existence is not leaked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Enterprise findFor(Caller caller, String uscc) {
        return find(uscc).filter(e -> caller.mayAccessEnterprise(e.uscc))
                .orElseThrow(() -> ProblemException.notFound("No enterprise with USCC " + uscc));
    }

    /** Every revision of an enterprise's record the caller may see, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditHistory.Revision> historyFor(Caller caller, String uscc) {
        findFor(caller, uscc);
        return history.of(Enterprise.class, uscc);
    }

    private Enterprise load(String uscc) {
        return Enterprise.<Enterprise>findByIdOptional(uscc)
                .orElseThrow(() -> ProblemException.notFound("No enterprise with USCC " + uscc));
    }

    /** The time of a change as the records keep it, in UTC. */
    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void publishChange(Enterprise enterprise, List<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        enterprise.flush();
        events.updated(enterprise, changed);
    }

    /**
     * What is wrong with a registration beyond Bean Validation: a check-character mismatch without
     * the override, and unknown reference codes.
     */
    public List<Problem.FieldError> problemsOf(String uscc, boolean checkCharacterOverride, EnterpriseProfile profile) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (!checkCharacterOverride && Uscc.check(uscc) == Uscc.Check.CHECK_CHARACTER_MISMATCH) {
            problems.add(new Problem.FieldError("uscc", Uscc.problem(uscc)
                    + "; if this code is genuine (some early codes are), resend with checkCharacterOverride=true"));
        }
        problems.addAll(referenceProblems(profile));
        return problems;
    }

    /** The warning kept on a code accepted despite a check-character mismatch, else null. */
    public static String checkCharacterWarning(String uscc) {
        return Uscc.check(uscc) == Uscc.Check.CHECK_CHARACTER_MISMATCH ? Uscc.problem(uscc) + " (accepted by override)" : null;
    }

    private List<Problem.FieldError> referenceProblems(EnterpriseProfile profile) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (profile.streetCode() != null && !referenceData.isStreet(profile.streetCode())) {
            errors.add(new Problem.FieldError("streetCode", "is not a street of the park: see GET /api/v1/registry/streets"));
        }
        if (profile.industryCode() != null && referenceData.industryDivisionOf(profile.industryCode()).isEmpty()) {
            errors.add(new Problem.FieldError("industryCode",
                    "is not a GB/T 4754-2017 division, group or class: see GET /api/v1/registry/industry-classes"));
        }
        return errors;
    }

    private static ProblemException alreadyRegistered(String uscc) {
        return ProblemException.conflict("An enterprise with USCC " + uscc + " is already registered");
    }
}
