package io.parksuite.approval.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 容缺受理: the secondary materials still missing at acceptance, the applicant's signed commitment
 * to supply them, and by when.
 */
public record Deficiency(List<String> missingMaterialCodes, String commitment, LocalDate dueOn, boolean resolved) {

    public Deficiency resolve() {
        return new Deficiency(missingMaterialCodes, commitment, dueOn, true);
    }
}
