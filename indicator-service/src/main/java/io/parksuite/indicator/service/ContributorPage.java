package io.parksuite.indicator.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One page of a lineage's contributors, kept out of all of them as they are traced in order: the
 * {@code size} contributors after the first {@code offset}, so that a page of a whole-park figure
 * costs the memory of a page, not of the park.
 */
final class ContributorPage implements Consumer<Lineage.Contributor> {

    private final long offset;
    private final int size;
    private final List<Lineage.Contributor> items = new ArrayList<>();
    private long seen;

    ContributorPage(long offset, int size) {
        this.offset = offset;
        this.size = size;
    }

    @Override
    public void accept(Lineage.Contributor contributor) {
        if (seen++ >= offset && items.size() < size) {
            items.add(contributor);
        }
    }

    List<Lineage.Contributor> items() {
        return List.copyOf(items);
    }
}
