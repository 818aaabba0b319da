package io.parksuite.project.api;

import io.parksuite.platform.cache.ReadCache;
import io.parksuite.platform.cache.RowChanges;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.service.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * GET by id, the pipeline's hottest read, answered from a {@link ReadCache} of projects as the API
 * shows them; every request is still authorized against the project's investor.
 */
@ApplicationScoped
class ProjectReads {

    private final ReadCache<UUID, Project> cache;
    private final ProjectService projects;
    private final ProjectRules rules;

    ProjectReads(RowChanges rowChanges, ProjectService projects, ProjectRules rules) {
        this.projects = projects;
        this.rules = rules;
        this.cache = rowChanges.cache("project", UUID::fromString);
        rowChanges.evictOnCommit(io.parksuite.project.domain.Project.class, cache, project -> project.id);
    }

    /** The project, if {@code caller} may see it; otherwise 404, so that existence is not leaked. */
    Project read(Caller caller, UUID id) {
        Project project = cache.get(id, key -> projects.find(key).map(found -> Project.of(found, rules)).orElse(null));
        if (project == null || !ProjectService.mayRead(caller, project.investor().uscc())) {
            throw ProblemException.notFound("No project with id " + id);
        }
        return project;
    }
}
