package org.safeguardinghub.chronology.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.Significance;

class TimelineLayoutTest {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2025-01-01T00:00:00Z");

    static ChronologyEntry entry(String agency, EventType type, Instant at, Instant ended, Significance significance) {
        UUID id = UUID.randomUUID();
        return new ChronologyEntry(id, id, 1, UUID.nameUUIDFromBytes(agency.getBytes()), agency, agency + " name", null,
                type, at, false, ended, false, "summary", null, significance, Sensitivity.STANDARD, at, "someone", null, false,
                null);
    }

    @Test
    void oneLanePerAgencyInCodeOrder() {
        var layout = TimelineLayout.layout(List.of(
                entry("POLICE-NORTH", EventType.ARREST, START.plus(10, ChronoUnit.DAYS), null, Significance.ROUTINE),
                entry("ED-NORTH", EventType.ED_ATTENDANCE, START.plus(20, ChronoUnit.DAYS), null, Significance.ROUTINE),
                entry("POLICE-NORTH", EventType.NOTE, START.plus(30, ChronoUnit.DAYS), null, Significance.ROUTINE)),
                START, END, Locale.UK);
        assertThat(layout.lanes()).extracting(TimelineLayout.Lane::agencyCode).containsExactly("ED-NORTH", "POLICE-NORTH");
        assertThat(layout.marks()).hasSize(3);
        assertThat(layout.marks().get(0).y()).isEqualTo(layout.lanes().get(1).y());
    }

    @Test
    void aMissingEpisodeIsABarAsLongAsItLasted() {
        Instant from = START.plus(100, ChronoUnit.DAYS);
        var shortEpisode = entry("POLICE-NORTH", EventType.MISSING_EPISODE, from, from.plus(6, ChronoUnit.HOURS), Significance.SIGNIFICANT);
        var longEpisode = entry("POLICE-NORTH", EventType.MISSING_EPISODE, from, from.plus(20, ChronoUnit.DAYS), Significance.CRITICAL);
        var layout = TimelineLayout.layout(List.of(shortEpisode, longEpisode), START, END, Locale.UK);
        TimelineLayout.Mark shortBar = layout.marks().get(0);
        TimelineLayout.Mark longBar = layout.marks().get(1);
        assertThat(shortBar.bar()).isTrue();
        assertThat(longBar.bar()).isTrue();
        assertThat(longBar.width()).isGreaterThan(shortBar.width());
        // twenty days of a 366-day year across the plot width
        double plot = layout.plotRight() - layout.plotLeft();
        assertThat(longBar.width()).isBetween((int) (plot * 20 / 366) - 1, (int) (plot * 20 / 366) + 1);
        assertThat(shortBar.width()).isGreaterThanOrEqualTo(TimelineLayout.MIN_BAR);
    }

    @Test
    void otherEventsAreMarksWhoseSizeAndColourTellTheSignificance() {
        var routine = entry("A", EventType.NOTE, START.plus(1, ChronoUnit.DAYS), null, Significance.ROUTINE);
        var critical = entry("A", EventType.DISCLOSURE, START.plus(2, ChronoUnit.DAYS), null, Significance.CRITICAL);
        var layout = TimelineLayout.layout(List.of(routine, critical), START, END, Locale.UK);
        assertThat(layout.marks()).noneMatch(TimelineLayout.Mark::bar);
        assertThat(layout.marks().get(1).radius()).isGreaterThan(layout.marks().get(0).radius());
        assertThat(layout.marks().get(1).colour()).isNotEqualTo(layout.marks().get(0).colour());
    }

    @Test
    void yearTicksForLongSpansAndMonthTicksForShortOnes() {
        var e = entry("A", EventType.NOTE, START, null, Significance.ROUTINE);
        var years = TimelineLayout.layout(List.of(e), Instant.parse("2020-06-01T00:00:00Z"), END, Locale.UK);
        assertThat(years.ticks()).extracting(TimelineLayout.Tick::label).containsExactly("2021", "2022", "2023", "2024", "2025");
        var months = TimelineLayout.layout(List.of(e), START, Instant.parse("2024-04-15T00:00:00Z"), Locale.UK);
        assertThat(months.ticks()).extracting(TimelineLayout.Tick::label).containsExactly("Feb 2024", "Mar 2024", "Apr 2024");
    }

    @Test
    void withoutAWindowItSpansTheEvents() {
        var first = entry("A", EventType.NOTE, START, null, Significance.ROUTINE);
        var last = entry("A", EventType.NOTE, END, null, Significance.ROUTINE);
        var layout = TimelineLayout.layout(List.of(last, first), null, null, Locale.UK);
        assertThat(layout.start()).isEqualTo(START);
        assertThat(layout.end()).isEqualTo(END);
        assertThat(layout.marks()).extracting(TimelineLayout.Mark::x).containsExactly(layout.plotRight(), layout.plotLeft());
    }

    @Property
    void everyMarkStaysInsideThePlot(@ForAll @LongRange(min = -400, max = 800) long day) {
        var e = entry("A", EventType.NOTE, START.plus(day, ChronoUnit.DAYS), null, Significance.ROUTINE);
        var layout = TimelineLayout.layout(List.of(e), START, END, Locale.UK);
        assertThat(layout.marks().getFirst().x()).isBetween(layout.plotLeft(), layout.plotRight());
    }

    @Property
    void laterEventsAreNeverLeftOfEarlierOnes(@ForAll @LongRange(min = 0, max = 366) long a,
                                              @ForAll @LongRange(min = 0, max = 366) long b) {
        var early = entry("A", EventType.NOTE, START.plus(Math.min(a, b), ChronoUnit.DAYS), null, Significance.ROUTINE);
        var late = entry("A", EventType.NOTE, START.plus(Math.max(a, b), ChronoUnit.DAYS), null, Significance.ROUTINE);
        var layout = TimelineLayout.layout(List.of(early, late), START, END, Locale.UK);
        assertThat(layout.marks().get(1).x()).isGreaterThanOrEqualTo(layout.marks().get(0).x());
    }
}
