package io.parksuite.project.api;

/** Wording and constraints the project API documents in several places. */
final class Schemas {

    /** A unified social credit code as the project checks it: 18 characters of the GB 32100 alphabet. */
    static final String USCC_PATTERN = "^[0-9A-HJ-NPQRTUWXY]{18}$";
    static final String PROJECT_ID = "The project's id";
    static final String ETAG = "The project's version, for If-Match";
    static final String MONEY = "Yuan (元), at most two decimals";
    static final String NOT_FOUND = "No project with this id, or one an enterprise user does not invest in";

    private Schemas() {
    }
}
