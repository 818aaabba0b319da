package io.parksuite.platform.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One read of a change feed: the changed records, oldest first, and the cursor to read on from. */
public record Changes<T>(
        @Schema(description = "The changed records, oldest change first", required = true) List<T> items,
        @Schema(description = "Where the next read starts (its cursor parameter)", required = true) String nextCursor,
        @Schema(description = "Whether more changes wait: read again at once", required = true) boolean hasMore) {

    public <R> Changes<R> map(Function<? super T, ? extends R> mapper) {
        return new Changes<>(items.stream().<R>map(mapper).toList(), nextCursor, hasMore);
    }
}
