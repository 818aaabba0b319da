package io.parksuite.approval.domain;

import io.parksuite.platform.calendar.Pause;
import io.parksuite.platform.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One item's statutory clock (法定时限) inside its department's task: a task deciding several items keeps each item's
 * own limit, so that a shorter one (开餐饮店: SCJG-001's 15 working days beside SCJG-005's 20) is reminded and breached
 * on its own. {@code extensionDays} is the extension the item's law allows ({@code 0} where the item's own law sets
 * the limit, none under 第42条), {@code extension} the one granted, if any.
 */
public record ItemClock(String itemCode, int statutoryLimitDays, int extensionDays, LocalDate statutoryDeadline,
                        Extension extension) {

    /** 延期: granted by the head of the department before the deadline, its reason told to the applicant. */
    public record Extension(int days, String approvedBy, String reason, LocalDate grantedOn) {
    }

    public static ItemClock of(ServiceItem item) {
        int allowed = item.statutoryExtensionDays == null ? 0 : item.statutoryExtensionDays;
        return new ItemClock(item.code, item.statutoryLimitDays, allowed, null, null);
    }

    /** The working days this clock runs: the limit and any extension granted. */
    public int runningDays() {
        return statutoryLimitDays + (extension == null ? 0 : extension.days());
    }

    public ItemClock withDeadline(WorkingCalendar calendar, LocalDate acceptedOn, List<Pause> pauses) {
        return new ItemClock(itemCode, statutoryLimitDays, extensionDays,
                ClockRules.deadline(calendar, acceptedOn, runningDays(), pauses), extension);
    }

    public ItemClock extended(Extension granted) {
        return new ItemClock(itemCode, statutoryLimitDays, extensionDays, statutoryDeadline, granted);
    }
}
