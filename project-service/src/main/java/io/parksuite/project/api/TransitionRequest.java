package io.parksuite.project.api;

import io.parksuite.project.domain.ProjectStage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A requested stage change: target, business date, a note, and the reason when stages are skipped. */
@Schema(name = "TransitionRequest", description = "A requested stage change", example = """
        {"to": "CONSTRUCTION", "date": "2019-07-20", "note": "主体厂房开工"}""")
public record TransitionRequest(
        @Schema(description = "The stage to move to; the project's allowedTransitions lists the possible ones")
        @NotNull ProjectStage to,
        @Schema(description = "The business date of the change: not in the future nor before the latest milestone")
        @NotNull LocalDate date,
        @Schema(description = "A note for the record", example = "主体厂房开工")
        @Size(max = 500) String note,
        @Schema(description = "Required when the move skips stages of the main line", example = "先建后验，审批与建设并联")
        @Size(max = 500) String skipReason) {
}
