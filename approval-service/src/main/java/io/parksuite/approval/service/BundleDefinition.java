package io.parksuite.approval.service;

import java.util.List;

/**
 * What a bundle (一件事) is defined or replaced with: its code, name, description, items in order and
 * its promised limit in working days (null: a bundle being replaced keeps its promise, a new one
 * promises its slowest item's promise).
 */
public record BundleDefinition(String code, String name, String description, List<String> itemCodes,
                               Integer promisedLimitDays) {
}
