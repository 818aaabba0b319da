package io.parksuite.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.parksuite.platform.calendar.UncoveredYearException;
import io.parksuite.platform.persistence.DatabaseFailures;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps every failure to an RFC 9457 problem+json response: malformed JSON 400, authentication
 * 401, authorization 403, not found 404, version conflicts 409, bean validation 422 with a
 * field-level {@code errors[]}, a database that cannot be reached (or a lost deadlock or
 * serialization race) 503 with {@code Retry-After}, since the same request succeeds later; anything
 * unexpected 500 without internals (logged with the request id).
 */
public class ProblemMappers {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** Seconds a client should wait before retrying while the database is unreachable. */
    static final int DATABASE_RETRY_AFTER = 5;
    /** Seconds before retrying a request rolled back by a deadlock or serialization failure. */
    static final int CONTENTION_RETRY_AFTER = 1;
    /** How the REST layer reports a Content-Type header it cannot parse, on endpoints that read the form. */
    private static final String UNPARSEABLE_MEDIA_TYPE = "Failed to parse media type";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper objectMapper;

    public ProblemMappers(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), e.errors(), uri, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return respond(422, "validation", "Validation failed", detail, errors, uri, headers);
    }

    /** A working-day count reaching before the first holiday notice: no answer would be right. */
    @ServerExceptionMapper
    public Response uncoveredYear(UncoveredYearException e, UriInfo uri, HttpHeaders headers) {
        return respond(422, "uncovered-year", "Working days cannot be counted", e.getMessage(), List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors.add(new Problem.FieldError(jsonPath(mapping), "has the wrong type or format"));
        }
        JsonLocation location = e.getLocation();
        String detail = location == null ? "The request body is not valid JSON"
                : "The request body is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return respond(400, "malformed-request", "Malformed request", detail, errors, uri, headers);
    }

    /** A body that breaks off or does not have its declared form (a multipart request without its parts). */
    @ServerExceptionMapper
    public Response unreadable(IOException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof JsonProcessingException json) {
            return malformed(json, uri, headers);
        }
        LOG.debugf("Unreadable request body on %s: %s", uri.getPath(), e.getMessage());
        return respond(400, "malformed-request", "Malformed request", "The request body cannot be read as its content type says",
                List.of(), uri, headers);
    }

    /**
     * A body value of the wrong type or outside its enumeration, named by field. Takes precedence
     * over the JSON layer's own plain answer to this exception.
     */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + Arrays.toString(e.getTargetType().getEnumConstants())
                : "has the wrong type or format";
        return respond(400, "malformed-request", "Malformed request",
                "A value in the request body has the wrong type or is not one of the allowed values",
                e.getPath().isEmpty() ? List.of() : List.of(new Problem.FieldError(jsonPath(e), message)), uri, headers);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        Response response = respond(401, "unauthenticated", "Unauthorized",
                "A valid bearer token is required", List.of(), uri, headers);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this operation", List.of(), uri, headers);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response versionConflict(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(409, "version-conflict", "Conflict",
                "The resource was changed concurrently; read it again and retry", List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, uri, headers);
        }
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri, headers);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri, headers);
        }
        String slug = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        return respond(status.getStatusCode(), slug, status.getReasonPhrase(), e.getMessage(), List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        String requestId = headers.getHeaderString(REQUEST_ID_HEADER);
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("Database unavailable on %s (request id %s): %s", uri.getPath(), requestId, e.getMessage());
            return retryLater(respond(503, "service-unavailable", "Service Unavailable",
                    "The service cannot reach its database; nothing was changed, retry later", List.of(), uri, headers),
                    DATABASE_RETRY_AFTER);
        }
        if (DatabaseFailures.isContention(e)) {
            LOG.infof("Request on %s (request id %s) lost a deadlock or serialization race: %s", uri.getPath(),
                    requestId, e.getMessage());
            return retryLater(respond(503, "concurrent-update", "Service Unavailable",
                    "The request collided with a concurrent one and was rolled back; nothing was changed, retry it",
                    List.of(), uri, headers), CONTENTION_RETRY_AFTER);
        }
        if (DatabaseFailures.timedOut(e)) {
            LOG.warnf("Transaction on %s (request id %s) timed out and was rolled back", uri.getPath(), requestId);
            return retryLater(respond(503, "service-unavailable", "Service Unavailable",
                    "The request took too long and was rolled back; nothing was changed, retry later", List.of(), uri, headers),
                    DATABASE_RETRY_AFTER);
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null
                && e.getMessage().startsWith(UNPARSEABLE_MEDIA_TYPE)) {
            return respond(400, "malformed-request", "Malformed request", "The Content-Type header cannot be parsed",
                    List.of(), uri, headers);
        }
        LOG.errorf(e, "Unexpected failure on %s (request id %s)", uri.getPath(), requestId);
        return respond(500, "internal", "Internal Server Error",
                "An unexpected error occurred; quote the request id when reporting it", List.of(), uri, headers);
    }

    private static Response retryLater(Response response, int seconds) {
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private Response respond(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
                             UriInfo uri, HttpHeaders headers) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, uri.getPath(),
                headers.getHeaderString(REQUEST_ID_HEADER), errors);
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(objectMapper.writeValueAsString(problem)).build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The violating field as the client named it: {@code items[0].name}, without method and parameter names. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int skip = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                skip++;
            } else if (node.getKind() == ElementKind.PARAMETER) {
                String rest = stripSegments(path, skip + 1);
                return rest.isEmpty() ? node.getName() : rest;
            }
        }
        return path.isEmpty() ? "request" : path;
    }

    private static String stripSegments(String path, int count) {
        String rest = path;
        for (int i = 0; i < count; i++) {
            int dot = rest.indexOf('.');
            rest = dot < 0 ? "" : rest.substring(dot + 1);
        }
        return rest;
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
