package io.parksuite.platform.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list response: {@code {items, page, size, total}}. */
public record Page<T>(
        @Schema(description = "The records of this page", required = true) List<T> items,
        @Schema(description = "This page's number, from 0", required = true) int page,
        @Schema(description = "Records per page", required = true) int size,
        @Schema(description = "Records in the whole list", required = true) long total) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
