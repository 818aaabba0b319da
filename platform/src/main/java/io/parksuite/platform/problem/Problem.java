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
public record Problem(
        @Schema(description = "A URI naming the kind of problem", format = "uri", required = true) String type,
        @Schema(description = "A short summary of the kind of problem", required = true) String title,
        @Schema(description = "The HTTP status code", minimum = "400", maximum = "599", required = true) int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "The path of the request") String instance,
        @Schema(description = "The request id (X-Request-Id), to find the request in the logs") String requestId,
        @Schema(description = "For invalid input: each invalid field with what is wrong with it") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://parksuite.example/problems/";

    /** One invalid input field: its JSON path in the request and what is wrong with it. */
    @Schema(name = "FieldError", description = "One invalid input field")
    public record FieldError(
            @Schema(description = "The field's JSON path in the request, or the parameter's name", required = true)
            String field,
            @Schema(description = "What is wrong with it", required = true) String message) {
    }
}
