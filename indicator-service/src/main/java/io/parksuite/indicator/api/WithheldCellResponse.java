package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Lineage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cell withheld from roles that may not see enterprise figures; never why. */
@Schema(name = "WithheldCell", description = "A cell of the figure's dimension (or the park total) withheld from "
        + "roles that may not see enterprise figures (统计法). The reason is never given: it would disclose.",
        requiredProperties = {"dimension", "member", "part"},
        example = "{\"dimension\": \"STREET\", \"member\": \"BAIHE\", \"part\": \"FIGURES\"}")
public record WithheldCellResponse(
        @Schema(description = "The cell's dimension", example = "STREET") CellDimension dimension,
        @Schema(description = "The chain, designation or street code; PARK for the park", example = "BAIHE")
        String member,
        @Schema(description = "What of the cell is withheld", example = "FIGURES") WithheldPart part) {

    static WithheldCellResponse of(Lineage.WithheldCell cell) {
        return new WithheldCellResponse(WireEnums.of(CellDimension.class, cell.dimension()), cell.member(),
                WireEnums.of(WithheldPart.class, cell.part()));
    }
}
