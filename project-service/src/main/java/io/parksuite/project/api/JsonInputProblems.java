package io.parksuite.project.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.parksuite.platform.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Answers a body value of the wrong type or outside its enumeration (an unknown stage or investor
 * type) with a 400 problem+json naming the field, in place of the JSON layer's plain answer.
 */
public class JsonInputProblems {

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + java.util.Arrays.toString(e.getTargetType().getEnumConstants())
                : "has the wrong type or format";
        Problem problem = new Problem(Problem.TYPE_BASE + "malformed-request", "Malformed request", 400,
                "A value in the request body has the wrong type or is not one of the allowed values", uri.getPath(),
                headers.getHeaderString("X-Request-Id"),
                field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message)));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
