package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.OpenDataset;
import io.parksuite.indicator.domain.Period;
import jakarta.ws.rs.core.UriInfo;

/**
 * The stable URLs of open data, absolute on the origin the caller used (the gateway's, from its
 * forwarded headers): a dataset, its whole series, one period and each revision of a period, in
 * either format ({@code ?format=json|csv}).
 */
final class OpenDataLinks {

    static final String DATASETS = "/api/v1/open-data/datasets";

    private final String datasets;

    private OpenDataLinks(String datasets) {
        this.datasets = datasets;
    }

    static OpenDataLinks of(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return new OpenDataLinks((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + DATASETS);
    }

    String headline() {
        return OpenDataset.HEADLINE;
    }

    String dataset(String id) {
        return datasets + "/" + id;
    }

    String data(String id, OpenDataFormat format) {
        return dataset(id) + "/data" + query(format);
    }

    String period(String id, Period period, OpenDataFormat format) {
        return dataset(id) + "/periods/" + period + query(format);
    }

    /** The URL of any period, {period} standing for YYYY-MM. */
    String periodTemplate(String id, OpenDataFormat format) {
        return dataset(id) + "/periods/{period}" + query(format);
    }

    String revisions(String id, Period period) {
        return dataset(id) + "/periods/" + period + "/revisions";
    }

    String revision(String id, Period period, int revision, OpenDataFormat format) {
        return revisions(id, period) + "/" + revision + query(format);
    }

    private static String query(OpenDataFormat format) {
        return format == null ? "" : "?format=" + format.parameter();
    }
}
