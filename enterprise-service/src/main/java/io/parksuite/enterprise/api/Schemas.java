package io.parksuite.enterprise.api;

/** Constraints the registry's API documents in several schemas. */
final class Schemas {

    /** A unified social credit code as the registry checks it: 18 characters of the GB 32100 alphabet. */
    static final String USCC_PATTERN = "^[0-9A-HJ-NPQRTUWXY]{18}$";
    static final String USCC = "Unified social credit code (统一社会信用代码) of the enterprise";
    static final String USCC_EXAMPLE = "91430112MA4L0A0B1X";
    /** The Idempotency-Replayed response header of a write that takes an Idempotency-Key. */
    /** The CSV form of a bulk upload. */
    static final String CSV = "A header line naming the columns (the JSON field names), then one row a line";

    private Schemas() {
    }
}
