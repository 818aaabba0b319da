package io.parksuite.approval.domain;

/**
 * A field of an item's application form. Fields with the same {@code key} across the items of a
 * bundle are asked once (一张表).
 */
public record FormField(String key, String label, String type, boolean required) {
}
