package io.parksuite.indicator.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** An annual target for an indicator, for the park ({@code dimension} PARK, member PARK) or a chain, designation or street. */
@Schema(name = "TargetRequest", example = """
        {"indicatorCode": "INDUSTRIAL_OUTPUT", "year": 2019, "dimension": "CHAIN",
         "member": "NONFERROUS_ADVANCED_MANUFACTURING", "targetValue": 100000000000}""")
public record TargetRequest(@NotBlank String indicatorCode, @NotNull Integer year, @NotBlank String dimension,
                            @NotBlank String member, @NotNull @Positive BigDecimal targetValue) {
}
