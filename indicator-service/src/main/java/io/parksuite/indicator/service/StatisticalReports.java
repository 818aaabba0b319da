package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.StatisticalReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Reads stored revisions of enterprises' monthly reports (统计月报), as submitted. */
@ApplicationScoped
public class StatisticalReports {

    /** One revision of an enterprise's report of a period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StatisticalReport revision(String uscc, Period period, int revision) {
        return StatisticalReport.<StatisticalReport>find("uscc = ?1 and year = ?2 and month = ?3 and revision = ?4",
                uscc, period.year(), period.month(), revision).firstResult();
    }

    /** The revision that counts, if the enterprise reported for the period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StatisticalReport> current(String uscc, Period period) {
        return Optional.ofNullable(StatisticalReport.<StatisticalReport>find(
                "uscc = ?1 and year = ?2 and month = ?3 and current = true", uscc, period.year(), period.month())
                .firstResult());
    }

    /** Every revision of the enterprise's report of a period, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatisticalReport> revisions(String uscc, Period period) {
        return StatisticalReport.list("uscc = ?1 and year = ?2 and month = ?3 order by revision", uscc,
                period.year(), period.month());
    }

    /** The current revision of each period of a year the enterprise reported, by month. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatisticalReport> currentOfYear(String uscc, int year) {
        return StatisticalReport.list("uscc = ?1 and year = ?2 and current = true order by month", uscc, year);
    }
}
