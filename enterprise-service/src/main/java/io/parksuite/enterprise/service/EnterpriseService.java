package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.messaging.EnterpriseEvents;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.util.Optional;

/** Registry transactions: each change and its event commit together or not at all. */
@ApplicationScoped
public class EnterpriseService {

    private final EnterpriseEvents events;

    public EnterpriseService(EnterpriseEvents events) {
        this.events = events;
    }

    @Transactional
    public Enterprise register(String uscc, String name) {
        if (Enterprise.findById(uscc) != null) {
            throw alreadyRegistered(uscc);
        }
        Enterprise enterprise = Enterprise.register(uscc, name.strip());
        try {
            enterprise.persistAndFlush();
        } catch (ConstraintViolationException e) {
            throw alreadyRegistered(uscc);
        }
        events.registered(enterprise);
        return enterprise;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Enterprise> find(String uscc) {
        return Enterprise.findByIdOptional(uscc);
    }

    private static ProblemException alreadyRegistered(String uscc) {
        return ProblemException.conflict("An enterprise with USCC " + uscc + " is already registered");
    }
}
