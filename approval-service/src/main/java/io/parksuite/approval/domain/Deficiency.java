package io.parksuite.approval.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * 容缺受理: the secondary materials still missing at acceptance, the applicant's signed commitment
 * to supply them, and by when.
 */
@Schema(description = "容缺受理: the secondary materials missing at acceptance, the signed commitment and the due date")
public record Deficiency(
        @Schema(description = "Codes of the missing materials", examples = "[\"lease-contract\"]")
        List<String> missingMaterialCodes,
        @Schema(description = "The applicant's signed commitment", examples = "本企业承诺于期限内补齐租赁合同原件")
        String commitment,
        @Schema(description = "By when the materials are due") LocalDate dueOn,
        @Schema(description = "Whether every missing material has been supplied") boolean resolved) {

    public Deficiency resolve() {
        return new Deficiency(missingMaterialCodes, commitment, dueOn, true);
    }
}
