package io.parksuite.indicator.api;

import io.parksuite.indicator.config.OpenDataLicence;
import io.parksuite.indicator.domain.OpenDataset;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.OpenData;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Date;
import java.util.List;

/**
 * 数据目录: the open-data catalogue in the manner of CKAN and the national open-data portals, for
 * anyone without a token. Each dataset has metadata (titles, licence, publisher, update frequency,
 * issued, last modified, periods) and a stable URL per period and per revision, in JSON or CSV by
 * {@code ?format=json|csv} (JSON when absent; the {@code Accept} header does not choose). Every
 * answer is read from what the statistics office published, never from the live figures.
 */
@Path(OpenDataLinks.DATASETS)
@PermitAll
@SecurityRequirements
@Tag(name = "Open data")
public class OpenDatasetResource {

    private static final String DATASET = "The dataset's id: park-indicators, or indicator-<code> (e.g. "
            + "indicator-industrial-output) for one indicator's monthly series";
    private static final String FORMAT = "json (the default) or csv (UTF-8 with a byte-order mark, RFC 4180, "
            + "Chinese header titles)";
    private static final String CSV = "text/csv";

    private final OpenData openData;
    private final OpenDataLicence licence;

    public OpenDatasetResource(OpenData openData, OpenDataLicence licence) {
        this.openData = openData;
        this.licence = licence;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOpenDatasets", summary = "The open-data catalogue: every dataset with its metadata "
            + "(public, no token)",
            description = "park-indicators (every headline indicator per month), then one monthly series per "
                    + "indicator of the catalogue. A period is in a dataset once published.")
    @APIResponse(responseCode = "200", description = "Every dataset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OpenDatasetResponse.class)))
    public List<OpenDatasetResponse> datasets(@Context UriInfo uri) {
        OpenDataLinks links = OpenDataLinks.of(uri);
        return openData.datasets().stream().map(d -> OpenDatasetResponse.of(d, licence, links)).toList();
    }

    @GET
    @Path("/{dataset}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenDataset", summary = "One dataset's metadata (public, no token)",
            description = "Titles and descriptions (Chinese and English), keywords, licence, update frequency, "
                    + "publisher, issued and last modified, the published periods, the columns, and the JSON and CSV "
                    + "distributions with their URLs.")
    @APIResponse(responseCode = "200", description = "The dataset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenDatasetResponse.class)))
    @APIResponse(responseCode = "404", description = "There is no such dataset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OpenDatasetResponse dataset(@Parameter(description = DATASET, example = "park-indicators")
                                       @PathParam("dataset") String dataset, @Context UriInfo uri) {
        return OpenDatasetResponse.of(openData.dataset(dataset), licence, OpenDataLinks.of(uri));
    }

    @GET
    @Path("/{dataset}/data")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getOpenDatasetData", summary = "Every published period of a dataset, each in its "
            + "latest revision (public, no token)",
            description = "The whole dataset, oldest period first: a JSON array of periods, or one CSV with a row "
                    + "per figure, each naming its period and revision.")
    @APIResponse(responseCode = "200", description = "The periods, oldest first: JSON or CSV by format", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OpenDataPeriodResponse.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = FORMAT))})
    @APIResponse(responseCode = "404", description = "There is no such dataset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response data(@Parameter(description = DATASET, example = "park-indicators")
                         @PathParam("dataset") String dataset,
                         @Parameter(description = FORMAT, schema = @Schema(implementation = OpenDataFormat.class))
                         @QueryParam("format") String format) {
        OpenDataFormat chosen = OpenDataFormat.of(format);
        OpenDataset definition = openData.definition(dataset);
        List<OpenData.PublishedPeriod> periods = openData.everyPeriod().stream().map(p -> cut(definition, p)).toList();
        Object body = chosen == OpenDataFormat.CSV ? OpenDataCsv.write(periods)
                : periods.stream().map(p -> OpenDataPeriodResponse.of(dataset, p)).toList();
        return answer(chosen, body, dataset + (chosen == OpenDataFormat.CSV ? ".csv" : ".json"), null);
    }

    @GET
    @Path("/{dataset}/periods/{period}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getOpenDatasetPeriod", summary = "A dataset's figures of one period, latest revision "
            + "(public, no token)",
            description = "The stable URL of a dataset and period: the latest revision of the period, JSON or CSV by "
                    + "format. Earlier revisions stay readable under /revisions.")
    @APIResponse(responseCode = "200", description = "The period's figures: JSON or CSV by format", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenDataPeriodResponse.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = FORMAT))})
    @APIResponse(responseCode = "404", description = "There is no such dataset, or the period is not published yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response period(@Parameter(description = DATASET, example = "park-indicators")
                           @PathParam("dataset") String dataset,
                           @Parameter(description = RequestParameters.PERIOD, example = "2019-08",
                                   schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.PERIOD_PATTERN))
                           @PathParam("period") String period,
                           @Parameter(description = FORMAT, schema = @Schema(implementation = OpenDataFormat.class))
                           @QueryParam("format") String format) {
        OpenDataFormat chosen = OpenDataFormat.of(format);
        OpenDataset definition = openData.definition(dataset);
        OpenData.PublishedPeriod published = openData.latest(RequestParameters.period(period, "period"));
        return one(definition, published, chosen, dataset + "-" + period);
    }

    @GET
    @Path("/{dataset}/periods/{period}/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOpenDatasetRevisions", summary = "Every published revision of a period, with its "
            + "note (public, no token)",
            description = "Revision 1 is the monthly release; each later one was published because the figures "
                    + "changed (e.g. annual-report revisions, 年报修订) and says what changed in its note.")
    @APIResponse(responseCode = "200", description = "The revisions, the first (the monthly release) first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OpenDataRevisionResponse.class)))
    @APIResponse(responseCode = "404", description = "There is no such dataset, or the period is not published yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<OpenDataRevisionResponse> revisions(@Parameter(description = DATASET, example = "park-indicators")
                                                    @PathParam("dataset") String dataset,
                                                    @Parameter(description = RequestParameters.PERIOD,
                                                            example = "2019-08", schema = @Schema(type = SchemaType.STRING,
                                                            pattern = RequestParameters.PERIOD_PATTERN))
                                                    @PathParam("period") String period, @Context UriInfo uri) {
        openData.definition(dataset);
        OpenDataLinks links = OpenDataLinks.of(uri);
        return openData.revisions(RequestParameters.period(period, "period")).stream()
                .map(p -> OpenDataRevisionResponse.of(p, dataset, links)).toList();
    }

    @GET
    @Path("/{dataset}/periods/{period}/revisions/{revision}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getOpenDatasetRevision", summary = "A dataset's figures of one period as published in "
            + "one revision (public, no token)",
            description = "A revision never changes once published: this URL answers the same figures for good, "
                    + "JSON or CSV by format.")
    @APIResponse(responseCode = "200", description = "The revision's figures: JSON or CSV by format", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenDataPeriodResponse.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = FORMAT))})
    @APIResponse(responseCode = "404", description = "There is no such dataset, or no such revision of the period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revision(@Parameter(description = DATASET, example = "park-indicators")
                             @PathParam("dataset") String dataset,
                             @Parameter(description = RequestParameters.PERIOD, example = "2019-08",
                                     schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.PERIOD_PATTERN))
                             @PathParam("period") String period,
                             @Parameter(description = "The revision, 1 for the monthly release", example = "1",
                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                             @PathParam("revision") String revision,
                             @Parameter(description = FORMAT, schema = @Schema(implementation = OpenDataFormat.class))
                             @QueryParam("format") String format) {
        OpenDataFormat chosen = OpenDataFormat.of(format);
        OpenDataset definition = openData.definition(dataset);
        Period parsed = RequestParameters.period(period, "period");
        if (!revision.matches("[1-9][0-9]{0,8}")) {
            throw ProblemException.invalidField("revision", "must be a number from 1");
        }
        return one(definition, openData.revision(parsed, Integer.parseInt(revision)), chosen,
                dataset + "-" + period + "-r" + revision);
    }

    private static Response one(OpenDataset definition, OpenData.PublishedPeriod published, OpenDataFormat format,
                                String name) {
        OpenData.PublishedPeriod cut = cut(definition, published);
        Object body = format == OpenDataFormat.CSV ? OpenDataCsv.write(List.of(cut))
                : OpenDataPeriodResponse.of(definition.id(), cut);
        return answer(format, body, name + (format == OpenDataFormat.CSV ? ".csv" : ".json"),
                Date.from(published.publication().publishedAt().toInstant()));
    }

    private static OpenData.PublishedPeriod cut(OpenDataset definition, OpenData.PublishedPeriod published) {
        return definition.isHeadline() ? published : published.only(definition.indicatorCode());
    }

    private static Response answer(OpenDataFormat format, Object body, String file, Date lastModified) {
        Response.ResponseBuilder answer = Response.ok(body, format.mediaType);
        if (format == OpenDataFormat.CSV) {
            answer.header("Content-Disposition", "inline; filename=\"" + file + "\"");
        }
        return lastModified == null ? answer.build() : answer.lastModified(lastModified).build();
    }
}
