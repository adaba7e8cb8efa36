package org.safeguardinghub.missing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Merging duplicate reports: same child, overlapping times, any source, is one episode (issue 16). */
class DuplicateReportsTest {

    static final Instant T0 = Instant.parse("2025-03-01T20:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);

    static DuplicateReports.Timed timed(int startHours, Integer endHours) {
        return timed(null, startHours, endHours);
    }

    static DuplicateReports.Timed timed(UUID episode, int startHours, Integer endHours) {
        return new DuplicateReports.Timed(UUID.randomUUID(), episode, T0.plus(Duration.ofHours(startHours)),
                endHours == null ? null : T0.plus(Duration.ofHours(endHours)));
    }

    static DuplicateReports.Grouping group(List<DuplicateReports.Timed> reports, DuplicateReports.Known... known) {
        return DuplicateReports.group(reports, List.of(known), WEEK, UUID::randomUUID);
    }

    @Test
    void theHomesReportAndThePolicesReportOfTheSameNightAreOneEpisode() {
        var home = timed(0, 4);
        var police = timed(1, 3);
        var grouping = group(List.of(home, police));
        assertThat(grouping.episodeOf().get(home.reportId())).isEqualTo(grouping.episodeOf().get(police.reportId()));
        assertThat(grouping.created()).hasSize(1);
    }

    @Test
    void reportsThatOnlyTouchAreOneEpisodeAndAMinuteApartAreTwo() {
        var first = timed(0, 2);
        var touching = timed(2, 3);
        assertThat(DuplicateReports.overlap(first, touching, WEEK)).isTrue();
        var later = new DuplicateReports.Timed(UUID.randomUUID(), null, T0.plus(Duration.ofHours(2)).plusSeconds(60),
                T0.plus(Duration.ofHours(3)));
        assertThat(DuplicateReports.overlap(first, later, WEEK)).isFalse();
        assertThat(group(List.of(first, later)).created()).hasSize(2);
    }

    @Test
    void aChainOfOverlapsIsOneEpisodeEvenWhereItsEndsDoNotMeet() {
        var a = timed(0, 10);
        var b = timed(9, 20);
        var c = timed(19, 30);
        assertThat(DuplicateReports.overlap(a, c, WEEK)).isFalse();
        assertThat(new HashSet<>(group(List.of(c, a, b)).episodeOf().values())).hasSize(1);
    }

    @Test
    void aReportWithNoEndLastsAWeekForMatchingAndNoLonger() {
        var open = timed(0, null);
        assertThat(DuplicateReports.overlap(open, timed(24 * 7, 24 * 7 + 1), WEEK)).isTrue();
        assertThat(DuplicateReports.overlap(open, timed(24 * 7 + 1, 24 * 7 + 2), WEEK)).isFalse();
    }

    @Test
    void aNewReportJoinsTheEpisodeItOverlapsAndKeepsItsId() {
        UUID live = UUID.randomUUID();
        var home = timed(live, 0, null);
        var police = timed(null, 1, null);
        var grouping = group(List.of(home, police), new DuplicateReports.Known(live, T0));
        assertThat(grouping.episodeOf()).containsEntry(police.reportId(), live).containsEntry(home.reportId(), live);
        assertThat(grouping.created()).isEmpty();
        assertThat(grouping.mergedInto()).isEmpty();
    }

    @Test
    void aReportBridgingTwoEpisodesMergesTheLaterIntoTheOlder() {
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        var a = timed(older, 0, 5);
        var b = timed(newer, 8, 12);
        var bridge = timed(null, 4, 9);
        var grouping = group(List.of(b, bridge, a), new DuplicateReports.Known(newer, T0.plusSeconds(10)),
                new DuplicateReports.Known(older, T0));
        assertThat(new HashSet<>(grouping.episodeOf().values())).containsExactly(older);
        assertThat(grouping.mergedInto()).containsExactly(Map.entry(newer, older));
    }

    @Test
    void aCorrectionThatSeparatesReportsSplitsTheEpisodeAndTheOldIdStaysWithOneOfThem() {
        UUID episode = UUID.randomUUID();
        var a = timed(episode, 0, 2);
        var movedAway = timed(episode, 30, 32);
        var grouping = group(List.of(a, movedAway), new DuplicateReports.Known(episode, T0));
        assertThat(grouping.episodeOf().get(a.reportId())).isEqualTo(episode);
        assertThat(grouping.episodeOf().get(movedAway.reportId())).isNotEqualTo(episode);
        assertThat(grouping.created()).hasSize(1);
        assertThat(grouping.mergedInto()).isEmpty();
    }

    /** Reports overlap-chained are one episode, reports not chained are not, however they are given. */
    @Property(tries = 300)
    void groupingDependsOnTheTimesAloneNotTheOrderTheReportsArriveIn(@ForAll("reports") List<DuplicateReports.Timed> reports,
                                                                      @ForAll long seed) {
        List<DuplicateReports.Timed> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(partition(group(shuffled))).isEqualTo(partition(group(reports)));
        var grouping = group(reports);
        for (var a : reports) {
            for (var b : reports) {
                if (DuplicateReports.overlap(a, b, WEEK)) {
                    assertThat(grouping.episodeOf().get(a.reportId())).isEqualTo(grouping.episodeOf().get(b.reportId()));
                }
            }
        }
        // and no episode holds two reports that no chain of overlaps joins
        for (var group : partition(grouping)) {
            assertThat(DuplicateReports.chains(reports.stream().filter(r -> group.contains(r.reportId())).toList(), WEEK))
                    .hasSize(1);
        }
    }

    static Set<Set<UUID>> partition(DuplicateReports.Grouping grouping) {
        Map<UUID, Set<UUID>> byEpisode = new HashMap<>();
        grouping.episodeOf().forEach((report, episode) -> byEpisode.computeIfAbsent(episode, e -> new HashSet<>()).add(report));
        return new HashSet<>(byEpisode.values());
    }

    @Provide
    Arbitrary<List<DuplicateReports.Timed>> reports() {
        Arbitrary<DuplicateReports.Timed> report = Combinators.combine(Arbitraries.integers().between(0, 24 * 40),
                Arbitraries.integers().between(0, 72), Arbitraries.of(true, false, false, false))
                .as((start, length, open) -> timed(start, open ? null : start + length));
        return report.list().ofMinSize(1).ofMaxSize(12);
    }
}
