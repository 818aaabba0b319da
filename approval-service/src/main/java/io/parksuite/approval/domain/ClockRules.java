package io.parksuite.approval.domain;

import io.parksuite.platform.calendar.Pause;
import io.parksuite.platform.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The time-limit rules of the Administrative Licensing Law applied to one application: the 补正
 * notice must come once and within 5 working days of intake (art. 32), limits run in working days
 * from acceptance with 特别程序 paused (art. 45, 82), the licence document is delivered within 10 working
 * days of the decision (art. 44), and a 容缺 deadline may not pass the promised limit.
 */
public final class ClockRules {

    public static final int SUPPLEMENT_NOTICE_WORKING_DAYS = 5;

    /** 行政许可法 第44条: 自作出决定之日起十日内颁发、送达行政许可证件. */
    public static final int CERTIFICATE_DELIVERY_WORKING_DAYS = 10;

    private ClockRules() {
    }

    /** The last day on which a 补正 notice may still be given for an application received on {@code intakeDate}. */
    public static LocalDate supplementNoticeDeadline(WorkingCalendar calendar, LocalDate intakeDate) {
        return calendar.addWorkingDays(intakeDate, SUPPLEMENT_NOTICE_WORKING_DAYS);
    }

    /** Whether a 补正 notice given on {@code today} is still lawful. */
    public static boolean maySupplementBeRequested(WorkingCalendar calendar, LocalDate intakeDate, LocalDate today,
                                                  boolean alreadyRequested) {
        return !alreadyRequested && !today.isAfter(supplementNoticeDeadline(calendar, intakeDate));
    }

    /** Whether an application left without decision is deemed accepted on {@code today}. */
    public static boolean isDeemedAccepted(WorkingCalendar calendar, LocalDate intakeDate, LocalDate today) {
        return today.isAfter(supplementNoticeDeadline(calendar, intakeDate));
    }

    public static LocalDate deadline(WorkingCalendar calendar, LocalDate acceptedOn, int workingDays, List<Pause> pauses) {
        return calendar.addWorkingDays(acceptedOn, workingDays, pauses);
    }

    /** The last day to deliver the licence document of an approval decided on {@code decidedOn}. */
    public static LocalDate deliveryDeadline(WorkingCalendar calendar, LocalDate decidedOn) {
        return calendar.addWorkingDays(decidedOn, CERTIFICATE_DELIVERY_WORKING_DAYS);
    }

    /** Whether an approval's items include an administrative licence, whose document the delivery rule covers. */
    public static boolean issuesLicenceDocument(List<ItemType> itemTypes) {
        return itemTypes.contains(ItemType.ADMINISTRATIVE_LICENCE);
    }

    /** A 容缺 due date is valid when it is after acceptance and no later than the promised deadline. */
    public static boolean isDeficiencyDueValid(LocalDate acceptedOn, LocalDate dueOn, LocalDate promisedDeadline) {
        return dueOn.isAfter(acceptedOn) && !dueOn.isAfter(promisedDeadline);
    }
}
