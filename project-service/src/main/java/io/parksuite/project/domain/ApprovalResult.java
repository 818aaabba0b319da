package io.parksuite.project.domain;

/** The outcome of a project's start-up approval application (开工审批), as approval-service reports it. */
public enum ApprovalResult {
    APPROVED,
    DENIED
}
