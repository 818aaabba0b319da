package io.parksuite.approval.api;

import io.parksuite.approval.domain.IllegalStepException;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemMappers;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** An illegal lifecycle step is a 409 problem naming the current status and the steps it allows. */
public class StepConflictMapper {

    @ServerExceptionMapper
    public Response illegalStep(IllegalStepException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = List.of(new Problem.FieldError("step",
                "allowed while " + e.status() + ": " + (e.allowed().isEmpty() ? "none" : e.allowed().toString())));
        Problem problem = new Problem(Problem.TYPE_BASE + "illegal-step", "Step not allowed", 409, e.getMessage(),
                uri.getPath(), headers.getHeaderString(ProblemMappers.REQUEST_ID_HEADER), errors);
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
