package io.parksuite.approval.api;

/** Media types and response wording shared by the desk's resources. */
final class ApiResponses {

    static final String CSV = "text/csv; charset=UTF-8";

    static final String ETAG = "The record's version (its version field, quoted); a PUT that changes the record "
            + "takes it as If-Match";
    static final String LOCATION = "The URL of the created record";
    static final String ILLEGAL_STEP = "The application's status does not allow this step (or it was already taken); "
            + "errors[] names the steps its status allows";

    private ApiResponses() {
    }
}
