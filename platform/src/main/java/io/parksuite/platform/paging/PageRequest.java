package io.parksuite.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} / {@code size} query parameters every list endpoint accepts (page 0 first, size at most 200). */
public class PageRequest {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Page number, starting at 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Page size, 1 to 200")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public int offset() {
        return page * size;
    }
}
