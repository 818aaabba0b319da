package io.parksuite.approval.service;

import io.parksuite.approval.domain.Channel;

import java.util.Map;
import java.util.UUID;

/** What an application is created from: one item or one bundle, the applicant, the project, the form. */
public record NewApplication(String itemCode, String bundleCode, String applicantUscc, String applicantPersonId,
                             String applicantName, UUID projectId, Channel channel, Map<String, Object> formData,
                             boolean notifyCommitment, boolean buildFirst, boolean submit) {
}
