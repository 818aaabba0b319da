package io.parksuite.approval.domain;

import io.parksuite.platform.calendar.Pause;

import java.time.LocalDate;

/** A 特别程序 (hearing, testing, expert review) that paused the application's clock. */
public record PausePeriod(String kind, String reason, LocalDate firstDay, LocalDate lastDay) {

    public Pause toPause() {
        return new Pause(firstDay, lastDay);
    }
}
