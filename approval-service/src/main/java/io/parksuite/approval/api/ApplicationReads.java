package io.parksuite.approval.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.service.Access;
import io.parksuite.approval.service.ApplicationView;
import io.parksuite.approval.service.Applications;
import io.parksuite.platform.cache.ReadCache;
import io.parksuite.platform.cache.RowChanges;
import io.parksuite.platform.http.RenderedJson;
import io.parksuite.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * GET by id, the desk's hottest read, answered from a {@link ReadCache} of applications as the API shows
 * them, tasks included (a task's change evicts its application), rendered once; every request is
 * still authorized against the application's applicant and departments, and recorded as a
 * confidential read. A cached application is answered on the event loop, a load on a worker thread.
 */
@ApplicationScoped
class ApplicationReads {

    private final ReadCache<UUID, Readable> cache;
    private final Applications applications;
    private final Access access;
    private final ObjectMapper objectMapper;

    ApplicationReads(RowChanges rowChanges, Applications applications, Access access, ObjectMapper objectMapper) {
        this.applications = applications;
        this.access = access;
        this.objectMapper = objectMapper;
        this.cache = rowChanges.cache("application", UUID::fromString);
        rowChanges.evictOnChangesOf("application_task", cache);
        rowChanges.evictOnCommit(io.parksuite.approval.domain.Application.class, cache, application -> application.id);
        rowChanges.evictOnCommit(ApplicationTask.class, cache, task -> task.applicationId);
    }

    /** The application, if the caller may read it; otherwise 404, so that other enterprises' applications cannot be probed. */
    Uni<RenderedJson> read(UUID id) {
        return cache.read(id, key -> applications.readWithTasks(key).map(this::readable).orElse(null)).map(application -> {
            if (application == null || !access.mayRead(application.applicantUscc(), application.departmentList())) {
                throw ProblemException.notFound("No application " + id);
            }
            return application.body();
        });
    }

    private Readable readable(ApplicationView view) {
        ApplicationDtos.Application body = ApplicationDtos.Application.of(view);
        return new Readable(RenderedJson.of(objectMapper, body, body.version()), body.applicantUscc(),
                view.application().departmentList);
    }

    /** What the API answers, with the applicant and departments that decide who may read it. */
    private record Readable(RenderedJson body, String applicantUscc, String departmentList) {
    }
}
