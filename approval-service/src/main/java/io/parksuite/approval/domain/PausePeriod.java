package io.parksuite.approval.domain;

import io.parksuite.platform.calendar.Pause;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A 特别程序 (hearing, testing, expert review) that paused the application's clock. */
@Schema(description = "A special procedure (特别程序) during which the clocks stood still")
public record PausePeriod(
        @Schema(description = "Which procedure", enumeration = {"HEARING", "TESTING", "EXPERT_REVIEW", "ON_SITE_INSPECTION"},
                examples = "EXPERT_REVIEW") String kind,
        @Schema(description = "Why", examples = "环境影响需组织专家评审") String reason,
        @Schema(description = "The first day not counted") LocalDate firstDay,
        @Schema(description = "The last day not counted; null while the procedure runs") LocalDate lastDay) {

    public Pause toPause() {
        return new Pause(firstDay, lastDay);
    }
}
