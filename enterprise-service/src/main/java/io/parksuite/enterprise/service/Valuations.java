package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.LatestValuation;
import io.parksuite.enterprise.domain.ParkDay;
import io.parksuite.enterprise.domain.Valuation;
import io.parksuite.enterprise.messaging.EnterpriseEvents;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The registry's valuations (估值), the evidence of the unicorn (独角兽) assessment: each is dated and sourced, and
 * recording one that is newer than the enterprise's latest makes it the latest, in the enterprise's snapshot
 * and its {@code parksuite.enterprise.updated.v1} event (changedFields ["valuation"]), in one transaction.
 */
@ApplicationScoped
public class Valuations {

    private final EnterpriseService enterprises;
    private final EnterpriseEvents events;
    private final Clock clock;

    public Valuations(EnterpriseService enterprises, EnterpriseEvents events, Clock clock) {
        this.enterprises = enterprises;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Valuation record(String uscc, Valuation valuation, String recordedBy) {
        Enterprise enterprise = Enterprise.<Enterprise>findByIdOptional(uscc)
                .orElseThrow(() -> ProblemException.notFound("No enterprise with USCC " + uscc));
        if (valuation.valuedOn.isAfter(ParkDay.today(clock))) {
            throw ProblemException.invalidField("valuedOn", "is in the future: a valuation states what was published");
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        valuation.uscc = uscc;
        valuation.source = valuation.source.strip();
        valuation.recordedBy = recordedBy == null ? "unknown" : recordedBy;
        valuation.recordedAt = now;
        valuation.persistAndFlush();
        LatestValuation latest = Valuation.latestOf(uscc).map(LatestValuation::of).orElse(null);
        if (enterprise.revalue(latest, now)) {
            enterprise.flush();
            events.updated(enterprise, List.of("valuation"));
        }
        return valuation;
    }

    /** An enterprise's valuations, newest first (by the day they refer to, then by when they were recorded). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Valuation> of(Caller caller, String uscc) {
        enterprises.findFor(caller, uscc);
        return Valuation.list("uscc = ?1 order by valuedOn desc, recordedAt desc, id desc", uscc);
    }
}
