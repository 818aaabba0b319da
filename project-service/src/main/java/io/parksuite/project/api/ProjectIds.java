package io.parksuite.project.api;

import io.parksuite.platform.problem.ProblemException;

import java.util.UUID;

/** Parses a project id from a path: anything that is not a UUID names no project (404). */
final class ProjectIds {

    private ProjectIds() {
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No project with id " + id);
        }
    }
}
