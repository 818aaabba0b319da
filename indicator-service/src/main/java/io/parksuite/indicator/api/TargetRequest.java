package io.parksuite.indicator.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** An annual target for an indicator, for the park ({@code dimension} PARK, member PARK) or a chain, designation or street. */
@Schema(name = "TargetRequest", description = "An annual target (年度目标) for an indicator, for the park or a chain, "
        + "designation or street", example = """
        {"indicatorCode": "INDUSTRIAL_OUTPUT", "year": 2019, "dimension": "CHAIN",
         "member": "NONFERROUS_ADVANCED_MANUFACTURING", "targetValue": 100000000000}""")
public record TargetRequest(
        @NotBlank @Schema(description = "Indicator code of the catalogue", example = "INDUSTRIAL_OUTPUT")
        String indicatorCode,
        @NotNull @Schema(description = "The year the target is for", example = "2019") Integer year,
        @NotBlank @Schema(description = "PARK for the park's own target, or what member is",
                ref = "CellDimension") String dimension,
        @NotBlank @Schema(description = "The chain, designation or street code; for PARK any value (stored as PARK)",
                example = "NONFERROUS_ADVANCED_MANUFACTURING") String member,
        @NotNull @Positive @Schema(description = "The target for the year, in the indicator's unit (yuan for money)",
                example = "100000000000") BigDecimal targetValue) {
}
