package io.parksuite.project.api;

import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.domain.StageTransition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recorded stage change. */
@Schema(name = "Transition", example = """
        {"from": "SIGNED", "to": "APPROVING", "date": "2019-07-05", "actor": "approval-service",
         "note": "开工审批办件 A-1 已提交", "skipReason": null, "recordedAt": "2019-07-05T02:00:00Z"}""")
public record TransitionResponse(ProjectStage from, ProjectStage to, LocalDate date, String actor, String note,
                                 String skipReason, OffsetDateTime recordedAt) {

    public static TransitionResponse of(StageTransition t) {
        return new TransitionResponse(t.fromStage, t.toStage, t.occurredOn, t.actor, t.note, t.skipReason, t.recordedAt);
    }
}
