package org.safeguardinghub.missing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.MissingProperties;
import org.safeguardinghub.missing.Report;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Component;

/**
 * Keeps each child's episodes as its reports say: adds reports and new versions of reports (a
 * return, a correction), withdraws reports, and groups every current report of the children touched
 * into episodes by {@link DuplicateReports}, in the caller's transaction, with the children's
 * summaries for the patterns table ({@link PatternStore#refresh}). Changes to one child's episodes
 * are serialised, so two sources reporting the same episode at once still make one.
 */
@Component
public class EpisodeBook {

    private final EpisodeStore store;
    private final PatternStore patterns;
    private final MissingProperties settings;
    private final Clock clock;

    EpisodeBook(EpisodeStore store, PatternStore patterns, MissingProperties settings, Clock clock) {
        this.store = store;
        this.patterns = patterns;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A report to add ({@code replaces} null), a new version of a stored one, or (with {@code report}
     * null) the withdrawal of a stored one.
     */
    public record Change(Report report, EpisodeStore.Row replaces, String action) {
    }

    /** The children's episodes after the change, and which of them began or ended with it. */
    public record Outcome(Map<ChildId, List<Episode>> episodes, Set<UUID> started, Set<UUID> ended) {
    }

    public Outcome apply(List<Change> changes, String actor) {
        Instant now = clock.instant();
        Set<ChildId> children = new LinkedHashSet<>();
        changes.forEach(c -> {
            if (c.report() != null) {
                children.add(c.report().child());
            }
            if (c.replaces() != null) {
                children.add(c.replaces().report().child());
            }
        });
        if (children.isEmpty()) {
            return new Outcome(Map.of(), Set.of(), Set.of());
        }
        store.lock(children);
        Map<ChildId, List<EpisodeStore.Row>> current = store.current(children);
        Map<UUID, Episode> before = episodes(current);
        Map<EpisodeStore.Row, String> added = replace(changes, current);
        Map<ChildId, List<Episode>> after = regroup(current, added, before, now, actor);
        // the patterns table's summaries, in this transaction, so they never disagree with the reports (ADR 0034)
        patterns.refresh(children);
        return outcome(before, after);
    }

    /**
     * Supersedes what the changes replace or withdraw; returns the new versions to add (each in its
     * episode for now, and what it does, for the episode's history).
     */
    private Map<EpisodeStore.Row, String> replace(List<Change> changes, Map<ChildId, List<EpisodeStore.Row>> current) {
        Map<EpisodeStore.Row, String> added = new LinkedHashMap<>();
        Set<UUID> superseded = new HashSet<>();
        for (Change change : changes) {
            UUID episode = null;
            if (change.replaces() != null) {
                superseded.add(change.replaces().rowId());
                current.getOrDefault(change.replaces().report().child(), new ArrayList<>())
                        .removeIf(r -> r.rowId().equals(change.replaces().rowId()));
                boolean sameChild = change.report() != null
                        && change.report().child().equals(change.replaces().report().child());
                episode = sameChild ? change.replaces().episodeId() : null;
            }
            if (change.report() != null) {
                added.put(new EpisodeStore.Row(Ids.newId(), episode, change.report()), change.action());
            }
        }
        if (!superseded.isEmpty()) {
            store.supersede(superseded);
        }
        return added;
    }

    private Map<ChildId, List<Episode>> regroup(Map<ChildId, List<EpisodeStore.Row>> current,
                                                Map<EpisodeStore.Row, String> added, Map<UUID, Episode> before,
                                                Instant now, String actor) {
        Map<ChildId, List<EpisodeStore.Row>> all = new LinkedHashMap<>();
        current.forEach((child, rows) -> all.computeIfAbsent(child, c -> new ArrayList<>()).addAll(rows));
        added.keySet().forEach(row -> all.computeIfAbsent(row.report().child(), c -> new ArrayList<>()).add(row));
        Set<UUID> known = new HashSet<>();
        all.values().forEach(rows -> rows.forEach(r -> {
            if (r.episodeId() != null) {
                known.add(r.episodeId());
            }
        }));
        List<DuplicateReports.Known> since = store.episodes(known).stream()
                .map(e -> new DuplicateReports.Known(e.id(), e.createdAt())).toList();
        Regrouping regrouping = new Regrouping(before, now, actor);
        all.forEach((child, rows) -> regrouping.child(child, rows, DuplicateReports.group(rows.stream()
                .map(r -> new DuplicateReports.Timed(r.rowId(), r.episodeId(), r.report().startedAt(), r.report().endedAt()))
                .toList(), since, settings.openReportsLast(), Ids::newId)));
        // an episode none of whose reports is current any more, and not merged into another, is withdrawn
        // (the episodes a regrouping creates have new ids, never among those before it)
        before.keySet().stream().filter(id -> !regrouping.kept.containsKey(id) && !regrouping.merged.containsKey(id))
                .forEach(regrouping.withdrawn::add);
        regrouping.write(added);
        return regrouping.episodes;
    }

    /** The writes one regrouping makes, gathered child by child and made in bulk. */
    private final class Regrouping {

        final Map<ChildId, List<Episode>> episodes = new LinkedHashMap<>();
        final List<EpisodeStore.EpisodeRow> created = new ArrayList<>();
        final Map<UUID, Episode> kept = new LinkedHashMap<>();
        final Map<UUID, UUID> moved = new HashMap<>();
        final Map<UUID, UUID> episodeOfRow = new HashMap<>();
        final Map<UUID, UUID> merged = new LinkedHashMap<>();
        final Set<UUID> withdrawn = new HashSet<>();
        final List<EpisodeStore.Step> steps = new ArrayList<>();
        final Map<UUID, Episode> before;
        final Instant now;
        final String actor;

        Regrouping(Map<UUID, Episode> before, Instant now, String actor) {
            this.before = before;
            this.now = now;
            this.actor = actor;
        }

        void child(ChildId child, List<EpisodeStore.Row> rows, DuplicateReports.Grouping grouping) {
            Map<UUID, List<Report>> reports = new LinkedHashMap<>();
            for (EpisodeStore.Row row : rows) {
                UUID episode = grouping.episodeOf().get(row.rowId());
                episodeOfRow.put(row.rowId(), episode);
                if (row.episodeId() != null && !row.episodeId().equals(episode)) {
                    moved.put(row.rowId(), episode);
                }
                reports.computeIfAbsent(episode, e -> new ArrayList<>()).add(row.report());
            }
            List<Episode> current = new ArrayList<>();
            reports.forEach((id, told) -> {
                Episode episode = Episode.of(id, child, told);
                current.add(episode);
                if (grouping.created().contains(id)) {
                    created.add(new EpisodeStore.EpisodeRow(id, child, episode.startedAt(), episode.endedAt(), now));
                } else {
                    kept.put(id, episode);
                }
            });
            grouping.mergedInto().forEach((from, into) -> {
                merged.put(from, into);
                steps.add(new EpisodeStore.Step(into, now, actor, "MERGED", from.toString()));
            });
            episodes.put(child, current);
        }

        void write(Map<EpisodeStore.Row, String> added) {
            store.insertEpisodes(created, now);
            store.insertReports(added.keySet().stream().map(r -> new EpisodeStore.Row(r.rowId(),
                    episodeOfRow.get(r.rowId()), r.report())).toList());
            added.keySet().forEach(r -> moved.remove(r.rowId()));
            store.move(moved);
            store.times(changedTimes(), now);
            store.merged(merged, now);
            if (!withdrawn.isEmpty()) {
                store.withdrawn(withdrawn, now);
            }
            added.forEach((row, action) -> steps.add(new EpisodeStore.Step(episodeOfRow.get(row.rowId()), now, actor,
                    action, row.report().source() + " " + row.report().id())));
            store.steps(steps);
        }

        /**
         * The kept episodes whose times the change moved, or that had no current report before it (taken
         * back from a merge or a withdrawal): the others' rows already say what they say, and a child
         * with forty episodes would otherwise rewrite all forty for each new report.
         */
        private Map<UUID, Episode> changedTimes() {
            Map<UUID, Episode> changed = new LinkedHashMap<>();
            kept.forEach((id, episode) -> {
                Episode was = before.get(id);
                if (was == null || !Objects.equals(was.startedAt(), episode.startedAt())
                        || !Objects.equals(was.endedAt(), episode.endedAt())) {
                    changed.put(id, episode);
                }
            });
            return changed;
        }
    }

    private static Map<UUID, Episode> episodes(Map<ChildId, List<EpisodeStore.Row>> current) {
        Map<UUID, List<Report>> grouped = new LinkedHashMap<>();
        Map<UUID, ChildId> childOf = new HashMap<>();
        current.forEach((child, rows) -> rows.forEach(r -> {
            grouped.computeIfAbsent(r.episodeId(), e -> new ArrayList<>()).add(r.report());
            childOf.put(r.episodeId(), child);
        }));
        Map<UUID, Episode> episodes = new HashMap<>();
        grouped.forEach((id, reports) -> episodes.put(id, Episode.of(id, childOf.get(id), reports)));
        return episodes;
    }

    /** The children's current episodes, as their reports group them now. */
    public Map<ChildId, List<Episode>> read(java.util.Collection<ChildId> children) {
        Map<ChildId, List<Episode>> found = new LinkedHashMap<>();
        Map<UUID, Episode> all = episodes(children.isEmpty() ? Map.of() : store.current(children));
        all.values().stream().sorted(java.util.Comparator.comparing(Episode::startedAt))
                .forEach(e -> found.computeIfAbsent(e.child(), c -> new ArrayList<>()).add(e));
        return found;
    }

    /** An episode began with the change when none of its reports was known before it; ended, when it was ongoing (or new). */
    private static Outcome outcome(Map<UUID, Episode> before, Map<ChildId, List<Episode>> after) {
        Set<UUID> knownReports = new HashSet<>();
        before.values().forEach(e -> e.reports().forEach(r -> knownReports.add(r.id())));
        Set<UUID> started = new HashSet<>();
        Set<UUID> ended = new HashSet<>();
        after.values().forEach(list -> list.forEach(e -> {
            if (e.reports().stream().noneMatch(r -> knownReports.contains(r.id()))) {
                started.add(e.id());
            }
            Episode was = before.get(e.id());
            if (!e.ongoing() && (was == null || was.ongoing())) {
                ended.add(e.id());
            }
        }));
        return new Outcome(after, started, ended);
    }
}
