package org.safeguardinghub.chronology;

import java.util.List;

/** A page of a child's chronology, newest first. */
public record ChronologyPage(List<ChronologyEntry> entries, int page, int size, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 0;
    }
}
