package io.parksuite.project.api;

import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.domain.StageTransition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recorded stage change. */
@Schema(name = "Transition", description = "One recorded stage change", example = """
        {"from": "SIGNED", "to": "APPROVING", "date": "2019-07-05", "actor": "approval-service",
         "note": "开工审批办件 A-1 已提交", "recordedAt": "2019-07-05T02:00:00Z"}""")
public record TransitionResponse(
        @Schema(description = "The stage left; null on the entry into the pipeline") ProjectStage from,
        @Schema(required = true, description = "The stage reached") ProjectStage to,
        @Schema(required = true, description = "The business date of the change") LocalDate date,
        @Schema(required = true, description = "Who made it: a user's subject or the service that reacted to an event")
        String actor,
        @Schema(description = "The note given") String note,
        @Schema(description = "Why stages were skipped, when they were") String skipReason,
        @Schema(required = true, description = "When it was recorded") OffsetDateTime recordedAt) {

    public static TransitionResponse of(StageTransition t) {
        return new TransitionResponse(t.fromStage, t.toStage, t.occurredOn, t.actor, t.note, t.skipReason, t.recordedAt);
    }
}
