package io.parksuite.platform.paging;

import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.openapi.StandardParameter;
import io.parksuite.platform.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.OffsetDateTime;

/** The query parameters of every change feed ({@code …/changes}): where to continue, or since when, and how many. */
public class ChangeRequest {

    private static final int DEFAULT_SIZE = 100;

    @QueryParam("cursor")
    @Parameter(ref = StandardParameter.Ref.CHANGE_CURSOR)
    public String cursor;

    @QueryParam("updatedSince")
    @Parameter(ref = StandardParameter.Ref.UPDATED_SINCE)
    public String updatedSince;

    @QueryParam("size")
    @Parameter(ref = StandardParameter.Ref.CHANGE_SIZE)
    public String size;

    public OffsetDateTime updatedSince() {
        return QueryParams.optionalInstant("updatedSince", updatedSince);
    }

    public int size() {
        Integer requested = QueryParams.optionalInt("size", size);
        int pageSize = requested == null ? DEFAULT_SIZE : requested;
        if (pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        return pageSize;
    }
}
