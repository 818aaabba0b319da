package io.parksuite.approval.api;

/** Media types shared by the desk's resources. */
final class ApiResponses {

    static final String CSV = "text/csv; charset=UTF-8";

    private ApiResponses() {
    }
}
