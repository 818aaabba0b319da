package io.parksuite.approval.domain;

import io.parksuite.platform.calendar.Pause;
import io.parksuite.platform.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClockRulesTest {

    private final WorkingCalendar calendar = WorkingCalendar.chinaMainland();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void supplementNoticeWindowIsFiveWorkingDaysOverTheSpringFestival() {
        // Received Thursday 2019-01-31: Fri 02-01, Sat 02-02 and Sun 02-03 (调休 workdays), then Mon 02-11, Tue 02-12.
        assertEquals(d("2019-02-12"), ClockRules.supplementNoticeDeadline(calendar, d("2019-01-31")));
        assertTrue(ClockRules.maySupplementBeRequested(calendar, d("2019-01-31"), d("2019-02-12"), false));
        assertFalse(ClockRules.maySupplementBeRequested(calendar, d("2019-01-31"), d("2019-02-13"), false));
        assertFalse(ClockRules.maySupplementBeRequested(calendar, d("2019-01-31"), d("2019-02-01"), true),
                "补正 is notified once");
        assertFalse(ClockRules.isDeemedAccepted(calendar, d("2019-01-31"), d("2019-02-12")));
        assertTrue(ClockRules.isDeemedAccepted(calendar, d("2019-01-31"), d("2019-02-13")));
    }

    @Test
    void deficiencyDueDateMayNotPassThePromisedDeadline() {
        LocalDate accepted = d("2019-03-04");
        LocalDate promised = ClockRules.deadline(calendar, accepted, 3, List.of());
        assertEquals(d("2019-03-07"), promised);
        assertTrue(ClockRules.isDeficiencyDueValid(accepted, d("2019-03-07"), promised));
        assertTrue(ClockRules.isDeficiencyDueValid(accepted, d("2019-03-05"), promised));
        assertFalse(ClockRules.isDeficiencyDueValid(accepted, d("2019-03-08"), promised));
        assertFalse(ClockRules.isDeficiencyDueValid(accepted, accepted, promised), "due after acceptance");
    }

    @Test
    void specialProcedurePausesMoveTheDeadline() {
        LocalDate accepted = d("2019-03-04");
        List<Pause> hearing = List.of(new Pause(d("2019-03-05"), d("2019-03-08")));
        assertEquals(d("2019-03-13"), ClockRules.deadline(calendar, accepted, 3, hearing));
    }

    @Test
    void licenceDocumentIsDueTenWorkingDaysAfterTheDecisionAcrossNationalDay() {
        // Decided Friday 2019-09-27: Sun 09-29 (调休), Mon 09-30, 10-01..10-07 off, 10-08..10-11, Sat 10-12 (调休), 10-14..10-16.
        assertEquals(d("2019-10-16"), ClockRules.deliveryDeadline(calendar, d("2019-09-27")));
        assertEquals(d("2019-03-18"), ClockRules.deliveryDeadline(calendar, d("2019-03-04")));
    }

    @Test
    void onlyAnApprovalIncludingAnAdministrativeLicenceHasADocumentToDeliver() {
        assertTrue(ClockRules.issuesLicenceDocument(List.of(ItemType.FILING, ItemType.ADMINISTRATIVE_LICENCE)));
        assertFalse(ClockRules.issuesLicenceDocument(List.of(ItemType.FILING, ItemType.MARKET_SERVICE)));
        assertFalse(ClockRules.issuesLicenceDocument(List.of()));
    }
}
