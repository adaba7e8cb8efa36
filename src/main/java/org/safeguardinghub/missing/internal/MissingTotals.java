package org.safeguardinghub.missing.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.safeguardinghub.shared.HubTime;

/**
 * A child's episodes added up: ever, in the last 90 days and the last 12 months, and per year,
 * each with the time spent missing and the longest episode. Child Q's 39 episodes in three years were
 * never seen as a whole (seeds 003_… §66). Plain Java.
 */
public record MissingTotals(Period ever, Period last90Days, Period last12Months, Map<Integer, Period> byYear) {

    /** Episodes in a period: how many, how long in all and at longest (ended ones, and ongoing ones so far). */
    public record Period(int episodes, Duration total, Duration longest) {

        static final Period NONE = new Period(0, Duration.ZERO, Duration.ZERO);

        Period with(Duration length) {
            return new Period(episodes + 1, total.plus(length), length.compareTo(longest) > 0 ? length : longest);
        }
    }

    /** One episode to add up: when it began and how long it lasted (so far, if it goes on). */
    public record Counted(Instant startedAt, Duration length) {
    }

    public static MissingTotals of(List<Counted> episodes, Instant now) {
        ZonedDateTime today = now.atZone(HubTime.ZONE);
        Instant days90 = today.minusDays(90).toInstant();
        Instant months12 = today.minusMonths(12).toInstant();
        Period ever = Period.NONE;
        Period recent = Period.NONE;
        Period year = Period.NONE;
        Map<Integer, Period> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Counted e : episodes) {
            ever = ever.with(e.length());
            if (!e.startedAt().isBefore(days90)) {
                recent = recent.with(e.length());
            }
            if (!e.startedAt().isBefore(months12)) {
                year = year.with(e.length());
            }
            byYear.merge(e.startedAt().atZone(HubTime.ZONE).getYear(), Period.NONE.with(e.length()),
                    (a, b) -> a.with(b.total()));
        }
        return new MissingTotals(ever, recent, year, byYear);
    }
}
