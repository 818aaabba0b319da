package io.parksuite.approval.service;

/** A written notice (文书) a step produces: its title and text. */
public record Notice(String title, String text) {

    public static final Notice NONE = new Notice(null, null);
}
