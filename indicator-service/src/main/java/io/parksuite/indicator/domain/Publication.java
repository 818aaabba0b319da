package io.parksuite.indicator.domain;

import java.time.OffsetDateTime;

/**
 * 政府数据开放: one publication of a period's figures as open data. The first publication of a
 * period is revision 1, the monthly release; a later one (after annual-report revisions, 年报修订)
 * is the next revision and must say what changed in its note.
 */
public record Publication(Period period, int revision, String note, String parkCode, String parkName,
                          String publishedBy, OffsetDateTime publishedAt) {

    /** The longest revision note. */
    public static final int NOTE_LENGTH = 1000;

    /** Why {@code note} cannot go with revision {@code revision}, or null when it can. */
    public static String noteError(int revision, String note) {
        if (revision > 1 && (note == null || note.isBlank())) {
            return "a revision (" + revision + ") of published figures needs a note saying what changed";
        }
        return note != null && note.length() > NOTE_LENGTH ? "at most " + NOTE_LENGTH + " characters" : null;
    }
}
