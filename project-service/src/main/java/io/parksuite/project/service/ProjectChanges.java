package io.parksuite.project.service;

import io.parksuite.platform.paging.ChangeFeed;
import io.parksuite.platform.paging.Changes;
import io.parksuite.project.domain.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pipeline's change feed for systems that keep a copy: every project written after a cursor
 * (new projects, data changes, stage changes, progress, approval results), oldest first.
 */
@ApplicationScoped
public class ProjectChanges {

    private final ChangeFeed feed;

    public ProjectChanges(ChangeFeed feed) {
        this.feed = feed;
    }

    /**
     * @param cursor       where the previous read ended, or null to start
     * @param updatedSince when starting, only projects changed at or after this instant
     */
    @Transactional
    public Changes<Project> after(String cursor, OffsetDateTime updatedSince, int size) {
        return feed.after("project", "id::text", ids -> Project.<Project>list("id in ?1",
                                ids.stream().map(UUID::fromString).toList()).stream()
                        .collect(Collectors.toMap(project -> project.id.toString(), Function.identity())),
                cursor, updatedSince, size);
    }
}
