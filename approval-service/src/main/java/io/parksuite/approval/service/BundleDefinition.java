package io.parksuite.approval.service;

import java.util.List;

/** What a bundle (一件事) is defined or replaced with: its code, name, description and items in order. */
public record BundleDefinition(String code, String name, String description, List<String> itemCodes) {
}
