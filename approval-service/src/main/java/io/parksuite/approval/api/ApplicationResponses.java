package io.parksuite.approval.api;

import io.parksuite.approval.api.ApplicationDtos.Application;
import io.parksuite.approval.service.ApplicationView;
import io.parksuite.platform.http.Versions;
import jakarta.ws.rs.core.Response;

/** The answer of every application step: the application as the step left it, its version as the ETag. */
final class ApplicationResponses {

    private ApplicationResponses() {
    }

    static Response ok(ApplicationView view) {
        return ok(Application.of(view));
    }

    static Response ok(Application application) {
        return Response.ok(application).tag(Versions.etag(application.version())).build();
    }
}
