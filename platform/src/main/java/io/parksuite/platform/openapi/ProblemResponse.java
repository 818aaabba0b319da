package io.parksuite.platform.openapi;

import io.parksuite.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The error answers every API shares, declared once under {@code components.responses}: each is an
 * {@code application/problem+json} body with the {@code Problem} schema. {@link ContractFilter}
 * decides which of them an operation can give.
 */
enum ProblemResponse {

    BAD_REQUEST("400", "BadRequest", "The body or a parameter cannot be read (malformed JSON, CSV or encoding)"),
    UNAUTHORIZED("401", "Unauthorized", "No valid bearer token"),
    FORBIDDEN("403", "Forbidden", "The caller's roles do not allow this operation or this record"),
    NOT_FOUND("404", "NotFound", "Nothing exists under this path"),
    CONFLICT("409", "Conflict",
            "The record was changed by someone else between your read and this write: read it again, then retry"),
    PRECONDITION_FAILED("412", "PreconditionFailed",
            "If-Match does not name the current version: read the record again (new ETag), then retry"),
    CONTENT_TOO_LARGE("413", "ContentTooLarge", "The body is larger than this operation accepts"),
    URI_TOO_LONG("414", "UriTooLong", "The path and query are longer than the gateway accepts (16 KiB)"),
    UNSUPPORTED_MEDIA_TYPE("415", "UnsupportedMediaType", "The Content-Type is not one this operation reads"),
    UNPROCESSABLE_CONTENT("422", "UnprocessableContent", "Invalid fields or parameters, each named in errors[]"),
    PRECONDITION_REQUIRED("428", "PreconditionRequired", "This change needs If-Match with the ETag you read"),
    TOO_MANY_REQUESTS("429", "TooManyRequests", "Too many requests from this caller; retry after Retry-After seconds"),
    SERVICE_UNAVAILABLE("503", "ServiceUnavailable",
            "The service cannot answer now (starting, overloaded or its database unreachable); retry later");

    final String code;
    final String component;
    private final String description;

    ProblemResponse(String code, String component, String description) {
        this.code = code;
        this.component = component;
        this.description = description;
    }

    APIResponse definition() {
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        if (this == TOO_MANY_REQUESTS || this == SERVICE_UNAVAILABLE) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO))
                    .style(Header.Style.SIMPLE));
        }
        return response;
    }

    APIResponse reference() {
        return OASFactory.createAPIResponse().ref(component);
    }
}
