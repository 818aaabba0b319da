package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationTask;

import java.util.List;

/** An application as a step leaves it (flushed, so its version is current) with its department tasks. */
public record ApplicationView(Application application, List<ApplicationTask> tasks) {
}
