package io.parksuite.platform.paging;

import io.parksuite.platform.openapi.StandardParameter;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code page} / {@code size} query parameters every list endpoint accepts (page 0 first, size
 * 1 to 200). The request checks its own bounds when it is read, so an endpoint that forgets
 * {@code @Valid} still cannot be asked for a negative page or an unbounded size: such a request
 * is a 422 naming the parameter, like every other invalid parameter.
 */
public class PageRequest {

    public static final int MAX_SIZE = 200;
    /** The last page a client may ask for: keeps {@code page × size} far from overflowing. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(ref = StandardParameter.Ref.PAGE)
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(ref = StandardParameter.Ref.PAGE_SIZE)
    int size;

    private int maxSize = MAX_SIZE;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    /** The first {@code rows} rows, for the service's own bounded reads (exports), beyond a client's page size. */
    public static PageRequest firstRows(int rows) {
        PageRequest request = of(0, rows);
        request.maxSize = rows;
        return request;
    }

    public int page() {
        check();
        return page;
    }

    public int size() {
        check();
        return size;
    }

    public int offset() {
        check();
        return page * size;
    }

    private void check() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (page < 0 || page > MAX_PAGE) {
            errors.add(new Problem.FieldError("page", "must be between 0 and " + MAX_PAGE));
        }
        if (size < 1 || size > maxSize) {
            errors.add(new Problem.FieldError("size", "must be between 1 and " + maxSize));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }
}
