package io.parksuite.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error response of the suite. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail", example = """
        {"type":"https://parksuite.example/problems/validation","title":"Validation failed","status":422,
         "detail":"1 field is invalid","instance":"/api/v1/enterprises","requestId":"5f0c2a9e",
         "errors":[{"field":"uscc","message":"check character mismatch: expected 3"}]}""")
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://parksuite.example/problems/";

    /** One invalid input field: its JSON path in the request and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
