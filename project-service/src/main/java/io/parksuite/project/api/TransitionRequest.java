package io.parksuite.project.api;

import io.parksuite.project.domain.ProjectStage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A requested stage change: target, business date, a note, and the reason when stages are skipped. */
@Schema(name = "TransitionRequest", example = """
        {"to": "CONSTRUCTION", "date": "2019-07-20", "note": "主体厂房开工"}""")
public record TransitionRequest(
        @NotNull ProjectStage to,
        @NotNull LocalDate date,
        @Size(max = 500) String note,
        @Schema(description = "Required when the move skips stages of the main line")
        @Size(max = 500) String skipReason) {
}
