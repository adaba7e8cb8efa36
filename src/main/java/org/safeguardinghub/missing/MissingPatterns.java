package org.safeguardinghub.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;

/**
 * The patterns of going missing across the children one manager may open (issue 16, "a patterns
 * table across children in an area for managers"): the children with the most episodes, the longest
 * episodes, places children were found at repeatedly (hotspots) and people they were found with who
 * were seen with more than one missing child. Every figure counts only children the manager may open
 * and only what the manager may read of their reports, so no count gives away a child they may not
 * see (ADR 0022). Seeds {@code 003_…} §201: "key multi-agency professionals were unaware of missing
 * episodes"; {@code 001_…}: episodes that "lengthened in frequency and intensity".
 *
 * @param children     how many children with episodes the manager may open (the table's population)
 * @param episodes     how many episodes of theirs the manager sees
 * @param mostEpisodes the children with the most episodes, most first
 * @param longest      the longest ended episodes, longest first
 * @param hotspots     places found at in at least {@code minEpisodes} episodes, most first
 * @param associates   people found with more than one child, most children first
 * @param minEpisodes  how many episodes make a place a hotspot (the rule the page explains)
 */
public record MissingPatterns(int children, int episodes, List<ChildEpisodes> mostEpisodes, List<LongEpisode> longest,
                              List<Shared> hotspots, List<Shared> associates, int minEpisodes) {

    public MissingPatterns {
        mostEpisodes = List.copyOf(mostEpisodes);
        longest = List.copyOf(longest);
        hotspots = List.copyOf(hotspots);
        associates = List.copyOf(associates);
    }

    /** A child's episodes: how many, how long in all (ended ones), and when the latest began. */
    public record ChildEpisodes(ChildId child, int episodes, Duration total, Instant latest) {
    }

    /** One ended episode and how long it lasted, by the reports the manager reads. */
    public record LongEpisode(ChildId child, UUID episodeId, Instant startedAt, Duration duration) {
    }

    /**
     * A place found at, as the reports spell it (compared without regard to case or surrounding
     * spaces), or a person found with, each person a report names ("Jay, Kaz and Dee" is three,
     * compared as {@code internal.Associates} says), in how many episodes of how many children, and
     * those children.
     */
    public record Shared(String label, int episodes, int childCount, List<ChildId> children) {

        public Shared {
            children = List.copyOf(children);
        }
    }

    /** Every child the tables name, once each: the children the page's audit entry lists. */
    public List<ChildId> named() {
        java.util.LinkedHashSet<ChildId> named = new java.util.LinkedHashSet<>();
        mostEpisodes.forEach(c -> named.add(c.child()));
        longest.forEach(e -> named.add(e.child()));
        hotspots.forEach(s -> named.addAll(s.children()));
        associates.forEach(s -> named.addAll(s.children()));
        return List.copyOf(named);
    }
}
