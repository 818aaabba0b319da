package io.parksuite.project.api;

import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.config.ProjectRoleSets;
import io.parksuite.project.domain.ProjectProfile;
import io.parksuite.project.domain.SigningConference;
import io.parksuite.project.service.Conferences;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Signing conferences (签约大会): {@code /api/v1/conferences}. */
@Path("/api/v1/conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Signing conferences", description = "签约大会: batches of projects signed together, and their figures")
public class ConferenceResource {

    private final Conferences conferences;
    private final IdempotencyKeys idempotencyKeys;
    private final Validator validator;
    private final Caller caller;

    public ConferenceResource(Conferences conferences, IdempotencyKeys idempotencyKeys, Validator validator,
                              Caller caller) {
        this.conferences = conferences;
        this.idempotencyKeys = idempotencyKeys;
        this.validator = validator;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(ProjectRoleSets.WRITERS)
    @Operation(operationId = "holdConference", summary = "Hold a signing conference with its whole batch of projects",
            description = "Every project is created signed (签约) on heldOn, from this conference (their stage, stageDate "
                    + "and conferenceId are ignored). All or nothing: one bad project rejects the batch (422 naming "
                    + "projects[i].field) and nothing is saved. Publishes parksuite.project.created.v1 and "
                    + "parksuite.project.stage-changed.v1 per project. Send an Idempotency-Key so that a retry creates "
                    + "the conference once.")
    @APIResponse(responseCode = "201", description = "Held",
            headers = {
                    @Header(name = "Location", description = "The URL of the new conference",
                            schema = @Schema(type = SchemaType.STRING, format = "uri"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConferenceDtos.Conference.class)))
    @APIResponse(responseCode = "422", description = "A bad field or project row, each named in errors[]; nothing saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response hold(@NotNull ConferenceDtos.ConferenceRequest request,
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                         @Context UriInfo uri) {
        List<Problem.FieldError> invalid = validator.validate(request).stream()
                .map(ConferenceResource::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        List<ProjectRequest> rows = request.projects() == null ? List.of() : request.projects();
        List<ProjectProfile> batch = rows.stream()
                .map(row -> row == null || row.investor() == null ? null : row.profile(null)).toList();
        if (request.name() == null || request.heldOn() == null || batch.contains(null)) {
            throw Conferences.rejected(invalid);
        }
        return idempotencyKeys.once(idempotencyKey, request, () -> {
            SigningConference conference = conferences.hold(request.name(), request.heldOn(), request.venue(), batch,
                    invalid, caller.subject());
            return Response.created(uri.getAbsolutePathBuilder().path(conference.id.toString()).build())
                    .entity(ConferenceDtos.Conference.of(conference, batch.size()))
                    .build();
        });
    }

    @GET
    @RolesAllowed(ProjectRoleSets.READERS)
    @Operation(operationId = "listConferences", summary = "List signing conferences",
            description = "Newest first, one page at a time, each with the number of projects signed at it.")
    public Page<ConferenceDtos.Conference> list(@Valid @BeanParam PageRequest page) {
        return conferences.list(page).map(ConferenceDtos.Conference::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(ProjectRoleSets.READERS)
    @Operation(operationId = "getConference", summary = "Read a signing conference",
            description = "With the number of projects signed at it; the projects themselves: GET "
                    + "/api/v1/projects?conferenceId=….")
    @APIResponse(responseCode = "200", description = "The conference",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConferenceDtos.Conference.class)))
    @APIResponse(responseCode = "404", description = "No signing conference with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConferenceDtos.Conference get(@Parameter(description = "The conference's id") @PathParam("id") UUID id) {
        return ConferenceDtos.Conference.of(conferences.get(id));
    }

    @GET
    @Path("/{id}/summary")
    @RolesAllowed(ProjectRoleSets.READERS)
    @Operation(operationId = "getConferenceSummary", summary = "Read a conference's figures",
            description = "Projects and planned amounts by investor type (世界500强, 上市公司, 龙头企业, 其他) and by tier; "
                    + "fortune500OrListed, leading, and the cumulative atLeastMajor (10亿元以上) / atLeastLarge (1亿元以上).")
    @APIResponse(responseCode = "200", description = "The conference's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConferenceDtos.SummaryResponse.class)))
    @APIResponse(responseCode = "404", description = "No signing conference with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConferenceDtos.SummaryResponse summary(@Parameter(description = "The conference's id") @PathParam("id") UUID id) {
        return ConferenceDtos.SummaryResponse.of(conferences.summary(id));
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replace(".<list element>", "");
        return new Problem.FieldError(path.isEmpty() ? "request" : path, violation.getMessage());
    }
}
