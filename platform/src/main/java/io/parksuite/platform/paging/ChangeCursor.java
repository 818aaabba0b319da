package io.parksuite.platform.paging;

import io.parksuite.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in a change feed: the writing transaction and the row key of the last change read,
 * opaque to clients. Feeds order by (transaction, key) and only serve transactions older than
 * every running one, so reading from a cursor is stable under concurrent writes.
 */
public record ChangeCursor(long txid, String key) {

    public static final ChangeCursor START = new ChangeCursor(0, "");

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((txid + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static ChangeCursor decode(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return new ChangeCursor(Long.parseLong(decoded.substring(0, colon)), decoded.substring(colon + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor returned by this feed");
        }
    }

    /**
     * SQL condition selecting the rows after this cursor that are safe to serve (their transaction
     * is older than every running one); bind {@code :txid} to {@link #txidText()} and {@code :key} to {@link #key()}.
     */
    public static String condition(String keyColumn) {
        return "(change_txid, " + keyColumn + ") > (cast(cast(:txid as text) as xid8), :key)"
                + " and change_txid < pg_snapshot_xmin(pg_current_snapshot())";
    }

    /** Order of a change feed, matching {@link #condition(String)}. */
    public static String order(String keyColumn) {
        return "change_txid, " + keyColumn;
    }

    public String txidText() {
        return Long.toString(txid);
    }
}
