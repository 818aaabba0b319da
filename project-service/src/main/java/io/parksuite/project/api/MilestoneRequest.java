package io.parksuite.project.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The date a milestone such as 试生产 was reached. */
@Schema(name = "MilestoneRequest", description = "The date a milestone such as 试生产 was reached", example = """
        {"date": "2019-08-23"}""")
public record MilestoneRequest(
        @Schema(description = "Not in the future nor before the latest milestone") @NotNull LocalDate date) {
}
