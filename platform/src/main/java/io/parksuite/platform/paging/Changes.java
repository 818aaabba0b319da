package io.parksuite.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One read of a change feed: the changed records, oldest first, and the cursor to read on from. */
public record Changes<T>(List<T> items, String nextCursor, boolean hasMore) {

    public <R> Changes<R> map(Function<? super T, ? extends R> mapper) {
        return new Changes<>(items.stream().<R>map(mapper).toList(), nextCursor, hasMore);
    }
}
