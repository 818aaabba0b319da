package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.LiaisonOfficer;
import io.parksuite.enterprise.domain.LiaisonReminder;
import io.parksuite.enterprise.domain.ReminderKind;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.persistence.Where;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The liaison inbox (诉求提醒): a liaison officer reads the reminders addressed to the officer record of the
 * caller's login ({@link LiaisonOfficer#subject}); park-admin reads every reminder, escalations included.
 * Any other caller, or a login that is no officer, has an empty inbox: what cannot be attributed is not shown.
 */
@ApplicationScoped
public class LiaisonInbox {

    /** Filters of the inbox; null means any. {@code officerId} is park-admin's, to read one officer's inbox. */
    public record Criteria(ReminderKind kind, boolean unread, Long officerId) {
    }

    private final Clock clock;

    public LiaisonInbox(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LiaisonReminder> inbox(Caller caller, Criteria criteria, PageRequest page) {
        Where where = Where.create()
                .and("kind = :kind", "kind", criteria.kind())
                .andIf(criteria.unread(), "readAt is null");
        if (isAdmin(caller)) {
            where.and("officerId = :officer", "officer", criteria.officerId());
        } else {
            Optional<Long> own = ownOfficerId(caller);
            if (own.isEmpty() || criteria.officerId() != null && !criteria.officerId().equals(own.get())) {
                return new Page<>(java.util.List.of(), page.page(), page.size(), 0);
            }
            where.and("recipientRole is null").and("officerId = :officer", "officer", own.get());
        }
        var query = LiaisonReminder.<LiaisonReminder>find(where.clause(), Sort.descending("id"), where.parameters());
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    /** Marks a reminder of the caller's inbox read; marking it again keeps the first reading. */
    @Transactional
    public LiaisonReminder markRead(Caller caller, long id) {
        LiaisonReminder reminder = LiaisonReminder.<LiaisonReminder>findByIdOptional(id)
                .filter(r -> mayRead(caller, r))
                .orElseThrow(() -> ProblemException.notFound("No reminder " + id + " in your inbox"));
        if (reminder.readAt == null) {
            reminder.readAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            reminder.readBy = caller.subject();
        }
        return reminder;
    }

    private boolean mayRead(Caller caller, LiaisonReminder reminder) {
        if (isAdmin(caller)) {
            return true;
        }
        return reminder.recipientRole == null
                && ownOfficerId(caller).map(own -> own.equals(reminder.officerId)).orElse(false);
    }

    private static boolean isAdmin(Caller caller) {
        return !caller.isEnterpriseUser() && caller.hasRole(Roles.PARK_ADMIN);
    }

    private static Optional<Long> ownOfficerId(Caller caller) {
        if (caller.isEnterpriseUser() || caller.subject() == null) {
            return Optional.empty();
        }
        return LiaisonOfficer.<LiaisonOfficer>find("subject", caller.subject()).firstResultOptional().map(o -> o.id);
    }
}
