package org.safeguardinghub.missing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One episode, however many report it: "an episode reported by two sources (e.g. the home and the
 * police) is one episode, not two" (issue 16). Reports of the same child whose times overlap (both
 * ends included) are the same episode, and so, in a chain, is every report overlapping any of them. A
 * report with no end is taken to last {@code openReportsLast} from its start: long enough for the
 * police's report of a child the home reported an hour earlier, not so long that an episode a partner
 * loaded as history without an end swallows the ones after it. Plain Java.
 */
public final class DuplicateReports {

    /** A report as the rule sees it: when by its own account, and the episode it belongs to now (null if new). */
    public record Timed(UUID reportId, UUID episodeId, Instant start, Instant end) {
    }

    /** An episode as it stands, and when it was first known: the oldest episode of a merged group keeps its id. */
    public record Known(UUID episodeId, Instant since) {
    }

    /**
     * What the grouping decided: each report's episode, the episodes new to it, and the episodes now
     * merged into another (each with the one it went into), with the reason as a message key.
     */
    public record Grouping(Map<UUID, UUID> episodeOf, Set<UUID> created, Map<UUID, UUID> mergedInto) {

        public static final String REASON = "missing.merge.reason";
    }

    private DuplicateReports() {
    }

    /** Whether two reports tell of the same episode. */
    public static boolean overlap(Timed a, Timed b, Duration openReportsLast) {
        return !a.start().isAfter(until(b, openReportsLast)) && !b.start().isAfter(until(a, openReportsLast));
    }

    static Instant until(Timed report, Duration openReportsLast) {
        return report.end() != null ? report.end() : report.start().plus(openReportsLast);
    }

    /**
     * Groups one child's current reports into episodes. A group keeps the id of the oldest episode
     * among its reports (so an episode's id, once known, is kept when others join it); a group with
     * no episode yet, or whose oldest episode another group already keeps, gets a new id.
     */
    public static Grouping group(List<Timed> reports, List<Known> episodes, Duration openReportsLast, Supplier<UUID> newId) {
        Map<UUID, Instant> since = new HashMap<>();
        episodes.forEach(e -> since.put(e.episodeId(), e.since()));
        Map<UUID, UUID> episodeOf = new LinkedHashMap<>();
        Set<UUID> created = new HashSet<>();
        Set<UUID> kept = new HashSet<>();
        for (List<Timed> group : chains(reports, openReportsLast)) {
            Optional<UUID> oldest = group.stream().map(Timed::episodeId).filter(id -> id != null && !kept.contains(id))
                    .distinct().min(Comparator.comparing((UUID id) -> since.getOrDefault(id, Instant.MAX)).thenComparing(id -> id));
            UUID id = oldest.orElseGet(newId);
            if (oldest.isEmpty()) {
                created.add(id);
            }
            kept.add(id);
            group.forEach(r -> episodeOf.put(r.reportId(), id));
        }
        Map<UUID, UUID> mergedInto = new LinkedHashMap<>();
        for (Timed r : reports) {
            if (r.episodeId() != null && !kept.contains(r.episodeId())) {
                mergedInto.put(r.episodeId(), episodeOf.get(r.reportId()));
            }
        }
        return new Grouping(episodeOf, created, mergedInto);
    }

    /** The reports in chains of overlap, earliest first: sorted by start, a chain runs while the next begins by its latest end. */
    static List<List<Timed>> chains(List<Timed> reports, Duration openReportsLast) {
        List<Timed> sorted = reports.stream()
                .sorted(Comparator.comparing(Timed::start).thenComparing(r -> r.reportId().toString())).toList();
        List<List<Timed>> chains = new ArrayList<>();
        Instant reach = null;
        for (Timed report : sorted) {
            if (reach == null || report.start().isAfter(reach)) {
                chains.add(new ArrayList<>());
                reach = until(report, openReportsLast);
            } else if (until(report, openReportsLast).isAfter(reach)) {
                reach = until(report, openReportsLast);
            }
            chains.getLast().add(report);
        }
        return chains;
    }
}
