package io.parksuite.project.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.cache.ReadCache;
import io.parksuite.platform.cache.RowChanges;
import io.parksuite.platform.http.RenderedJson;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.service.ProjectService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * GET by id, the pipeline's hottest read, answered from a {@link ReadCache} of projects as the API
 * shows them, rendered once; every request is still authorized against the project's investor.
 */
@ApplicationScoped
class ProjectReads {

    private final ReadCache<UUID, Readable> cache;
    private final ProjectService projects;
    private final ProjectRules rules;
    private final ObjectMapper objectMapper;

    ProjectReads(RowChanges rowChanges, ProjectService projects, ProjectRules rules, ObjectMapper objectMapper) {
        this.projects = projects;
        this.rules = rules;
        this.objectMapper = objectMapper;
        this.cache = rowChanges.cache("project", UUID::fromString);
        rowChanges.evictOnCommit(io.parksuite.project.domain.Project.class, cache, project -> project.id);
    }

    /** The project, if {@code caller} may see it; otherwise 404, so that existence is not leaked. */
    Uni<RenderedJson> read(Caller caller, UUID id) {
        return cache.read(id, key -> projects.find(key).map(this::readable).orElse(null)).map(project -> {
            if (project == null || !ProjectService.mayRead(caller, project.investorUscc())) {
                throw ProblemException.notFound("No project with id " + id);
            }
            return project.body();
        });
    }

    private Readable readable(io.parksuite.project.domain.Project project) {
        Project body = Project.of(project, rules);
        return new Readable(body.investor().uscc(), RenderedJson.of(objectMapper, body, body.version()));
    }

    /** What the API answers, with the investor that decides who may read it. */
    private record Readable(String investorUscc, RenderedJson body) {
    }
}
