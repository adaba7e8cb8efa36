package org.safeguardinghub.frontdoor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One published version of the local threshold document: the levels of need with the descriptors
 * a decision relies on ("the application of thresholds and levels of need should be consistent
 * throughout all agencies", seeds 000).
 */
public record ThresholdDocument(int version, Instant publishedAt, String publishedBy, String changeNote,
                                List<Level> levels) {

    public record Level(int level, String name, List<String> descriptors) {
    }

    public Optional<Level> level(int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    public Set<Integer> numbers() {
        return levels.stream().map(Level::level).collect(Collectors.toSet());
    }
}
