package io.parksuite.project.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The date a milestone such as 试生产 was reached. */
@Schema(name = "MilestoneRequest", example = """
        {"date": "2019-08-23"}""")
public record MilestoneRequest(@NotNull LocalDate date) {
}
