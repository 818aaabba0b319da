package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.Publications;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * 统计发布 → 政府数据开放: the statistics office publishes a period's figures as open data,
 * {@code /api/v1/indicators/publications}; until then the period is absent from every open-data
 * answer. The rules (revisions and their notes, no-op when nothing changed, publishing as the
 * release) are {@link Publications}'. Releases ({@link ReleaseResource}) answer as before.
 */
@Path("/api/v1/indicators/publications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
@Tag(name = "Releases")
public class PublicationResource {

    private static final int MAX_ROWS = 1_000;
    private static final String RULES = "Publishing freezes the period's park-level figures as the public sees them "
            + "(disclosure control applied); open data serves only these. The first publication of a period is "
            + "revision 1; a later one, when the figures changed (e.g. annual-report revisions, 年报修订), is the next "
            + "revision and needs a note (422 on note without). When nothing changed, nothing is published and the "
            + "latest revision is answered (created false), so a retry is safe. A period without a recorded release "
            + "is released when published; one whose release is recorded ahead is published after it (409).";

    private final Publications publications;
    private final BulkRows bulkRows;
    private final Caller caller;

    public PublicationResource(Publications publications, BulkRows bulkRows, Caller caller) {
        this.publications = publications;
        this.bulkRows = bulkRows;
        this.caller = caller;
    }

    @POST
    @Path("/{period}")
    @Operation(operationId = "publishPeriod", summary = "Publish a period's figures as open data", description = RULES
            + " The body's period, if given, must be the path's.")
    @APIResponse(responseCode = "201", description = "A new revision was published; Location is its open-data URL",
            headers = @Header(name = "Location", description = "The revision's open-data URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicationResponse.class)))
    @APIResponse(responseCode = "200", description = "Nothing changed since the latest revision, which is answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicationResponse.class)))
    @APIResponse(responseCode = "409", description = "The period's release is recorded ahead and has not passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The period is invalid or not over, a revision has no note, or "
            + "the body names another period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@Parameter(description = RequestParameters.PERIOD, example = "2019-08",
                                    schema = @Schema(type = SchemaType.STRING,
                                            pattern = RequestParameters.PERIOD_PATTERN))
                            @PathParam("period") String period,
                            @Valid PublicationRequest request, @Context UriInfo uri) {
        Period parsed = RequestParameters.period(period, "period");
        if (request != null && request.period() != null && !request.period().equals(parsed.toString())) {
            throw ProblemException.invalidField("period", "the body names " + request.period() + ", the path " + parsed);
        }
        Publications.Outcome outcome;
        try {
            outcome = publications.publish(List.of(new Publications.Request(parsed,
                    request == null ? null : request.note())), caller.subject()).get(0);
        } catch (ProblemException e) {
            throw e.status() != 422 ? e : ProblemException.invalidFields(e.errors().stream()
                    .map(f -> new Problem.FieldError(f.field().replaceFirst("^rows\\[\\d+]\\.", ""), f.message()))
                    .toList());
        }
        PublicationResponse answer = PublicationResponse.of(outcome, OpenDataLinks.of(uri));
        return outcome.created() ? Response.created(URI.create(answer.url())).entity(answer).build()
                : Response.ok(answer).build();
    }

    @POST
    @Operation(operationId = "publishPeriodsInBulk", summary = "Publish several periods' figures as open data at once",
            description = "A JSON array of {period, note}, up to 1,000; every row is checked, and one that cannot be "
                    + "published rejects the request (422 naming rows[n].field, or the 409 of a release still ahead); "
                    + "nothing is then published. " + RULES)
    @APIResponse(responseCode = "200", description = "The latest revision of each row's period, in the rows' order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PublicationResponse.class)))
    @APIResponse(responseCode = "409", description = "A period's release is recorded ahead and has not passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rows are invalid (each named as rows[n].field: a period "
            + "invalid or not over, a revision without a note), or more than 1,000 rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PublicationResponse> publishMany(@RequestBody(required = true, content = @Content(
                                                         mediaType = MediaType.APPLICATION_JSON,
                                                         schema = @Schema(type = SchemaType.ARRAY, maxItems = MAX_ROWS,
                                                                 implementation = PublicationRequest.class)))
                                                 String body, @Context UriInfo uri) {
        List<PublicationRequest> rows = bulkRows.readJson(body, PublicationRequest.class, MAX_ROWS);
        List<RowError> errors = new ArrayList<>(bulkRows.validate(rows));
        List<Publications.Request> requests = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Period.Result period = Period.parse(rows.get(i).period());
            if (period.period() == null) {
                errors.add(new RowError(i + 1, "period", period.error()));
            } else {
                requests.add(new Publications.Request(period.period(), rows.get(i).note()));
            }
        }
        if (!errors.isEmpty()) {
            throw BulkRows.rejected(errors);
        }
        OpenDataLinks links = OpenDataLinks.of(uri);
        return publications.publish(requests, caller.subject()).stream()
                .map(o -> PublicationResponse.of(o, links)).toList();
    }
}
