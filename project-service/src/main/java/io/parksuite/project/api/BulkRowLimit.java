package io.parksuite.project.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.parksuite.platform.problem.ProblemException;

import java.io.IOException;

/**
 * Counts the rows of a bulk JSON body before any row is read into objects, so that a body far over
 * the row limit is refused after a scan of its first rows, not after all of them were built in
 * memory. A body that is not a JSON array is left for the bulk reader to name.
 */
final class BulkRowLimit {

    private static final JsonFactory JSON = new JsonFactory();

    private BulkRowLimit() {
    }

    /** Refuses (422 on {@code rows}) a JSON array of more than {@code maxRows} elements. */
    static void requireAtMost(String body, int maxRows) {
        if (body == null) {
            return;
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return;
            }
            int rows = 0;
            while (parser.nextToken() != null && parser.currentToken() != JsonToken.END_ARRAY) {
                if (++rows > maxRows) {
                    throw ProblemException.invalidField("rows", "at most " + maxRows + " rows per request; split the file");
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            // not JSON: the bulk reader reports where
        }
    }
}
