package org.safeguardinghub.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.missing.TestReports.HOME;
import static org.safeguardinghub.missing.TestReports.POLICE;
import static org.safeguardinghub.missing.TestReports.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.HubTime;

/**
 * Issue 16, done-when: "unit tests for duration". An episode lasts from the earliest report's start
 * to the latest end any report gives, in elapsed time: across the change of clocks the clock-face
 * difference is an hour out, the duration is not.
 */
class EpisodeDurationTest {

    static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(HubTime.ZONE).toInstant();
    }

    @Test
    void overTheNightTheClocksGoBackAnEpisodeFromHalfPastMidnightToHalfPastThreeLastsFourHours() {
        Episode e = Episode.of(UUID.randomUUID(), TestReports.CHILD, List.of(report(HOME, ReportSource.FORM,
                london("2025-10-26T00:30"), london("2025-10-26T03:30"))));
        assertThat(e.duration(Instant.EPOCH)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void overTheNightTheClocksGoForwardTheSameClockTimesAreTwoHours() {
        Episode e = Episode.of(UUID.randomUUID(), TestReports.CHILD, List.of(report(HOME, ReportSource.FORM,
                london("2025-03-30T00:30"), london("2025-03-30T03:30"))));
        assertThat(e.duration(Instant.EPOCH)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void twoReportsOfOneEpisodeLastFromTheEarlierStartToTheLaterEnd() {
        Instant start = london("2025-06-01T20:00");
        Episode e = Episode.of(UUID.randomUUID(), TestReports.CHILD, List.of(
                report(HOME, ReportSource.FORM, start, start.plus(Duration.ofHours(5))),
                report(POLICE, ReportSource.FEED, start.plus(Duration.ofMinutes(40)), start.plus(Duration.ofHours(6)))));
        assertThat(e.startedAt()).isEqualTo(start);
        assertThat(e.duration(Instant.EPOCH)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void anOngoingEpisodeHasLastedUntilNow() {
        Instant start = london("2025-06-01T20:00");
        Episode e = TestReports.episode(start, null);
        assertThat(e.ongoing()).isTrue();
        assertThat(e.duration(start.plus(Duration.ofMinutes(95)))).isEqualTo(Duration.ofMinutes(95));
    }

    @Property
    void theDurationIsTheElapsedTimeWhateverTheSeason(@ForAll @LongRange(min = 0, max = 366L * 24 * 60) long startMinute,
                                                      @ForAll @LongRange(min = 0, max = 14L * 24 * 60) long minutes) {
        Instant start = Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofMinutes(startMinute));
        Episode e = TestReports.episode(start, Duration.ofMinutes(minutes));
        assertThat(e.duration(Instant.EPOCH)).isEqualTo(Duration.ofMinutes(minutes));
    }
}
