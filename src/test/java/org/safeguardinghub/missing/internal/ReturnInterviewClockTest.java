package org.safeguardinghub.missing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.missing.InterviewStatus;
import org.safeguardinghub.shared.HubTime;

/**
 * The 72-hour return-interview clock counts hours that pass, across both changes of the clocks in
 * England (BST begins 30 March 2025, 01:00 GMT; ends 26 October 2025, 02:00 BST).
 */
class ReturnInterviewClockTest {

    static final Duration WITHIN = Duration.ofHours(72);

    static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HubTime.ZONE).toInstant();
    }

    static ZonedDateTime inLondon(Instant at) {
        return at.atZone(HubTime.ZONE);
    }

    @Test
    void acrossTheChangeToSummerTimeTheDeadlineReadsAnHourLaterOnTheClock() {
        Instant returned = london(2025, 3, 28, 10, 0);
        Instant due = ReturnInterviewClock.due(returned, WITHIN);
        assertThat(Duration.between(returned, due)).isEqualTo(Duration.ofHours(72));
        assertThat(inLondon(due).toLocalDateTime()).isEqualTo(LocalDateTime.of(2025, 3, 31, 11, 0));
        assertThat(ReturnInterviewClock.read(returned, WITHIN, Optional.empty(), returned).hoursLeft()).isEqualTo(72);
        assertThat(ReturnInterviewClock.read(returned, WITHIN, Optional.empty(), london(2025, 3, 31, 10, 0)).hoursLeft())
                .as("three days by the calendar, but only 71 hours have passed").isEqualTo(1);
        assertThat(ReturnInterviewClock.read(returned, WITHIN, Optional.empty(), london(2025, 3, 31, 10, 59)).status())
                .isEqualTo(InterviewStatus.DUE);
        assertThat(ReturnInterviewClock.read(returned, WITHIN, Optional.empty(), london(2025, 3, 31, 11, 0)).status())
                .isEqualTo(InterviewStatus.OVERDUE);
    }

    @Test
    void acrossTheChangeBackToGreenwichTimeTheDeadlineReadsAnHourEarlierOnTheClock() {
        Instant returned = london(2025, 10, 24, 10, 0);
        Instant due = ReturnInterviewClock.due(returned, WITHIN);
        assertThat(Duration.between(returned, due)).isEqualTo(Duration.ofHours(72));
        assertThat(inLondon(due).toLocalDateTime()).isEqualTo(LocalDateTime.of(2025, 10, 27, 9, 0));
        var atNineOnMonday = ReturnInterviewClock.read(returned, WITHIN, Optional.empty(), london(2025, 10, 27, 9, 0));
        assertThat(atNineOnMonday.status()).as("72 hours have passed though the clock says 71").isEqualTo(InterviewStatus.OVERDUE);
        var offeredAtTen = ReturnInterviewClock.read(returned, WITHIN, Optional.of(london(2025, 10, 27, 10, 0)),
                london(2025, 10, 28, 9, 0));
        assertThat(offeredAtTen.status()).isEqualTo(InterviewStatus.OFFERED_LATE);
        assertThat(offeredAtTen.hoursLate()).isEqualTo(1);
    }

    @Test
    void aReturnInTheRepeatedHourOfTheChangeBackIsCountedFromWhenItHappened() {
        Instant firstOneThirty = Instant.parse("2025-10-26T00:30:00Z");
        Instant secondOneThirty = Instant.parse("2025-10-26T01:30:00Z");
        assertThat(inLondon(firstOneThirty).toLocalTime()).isEqualTo(inLondon(secondOneThirty).toLocalTime());
        assertThat(Duration.between(ReturnInterviewClock.due(firstOneThirty, WITHIN),
                ReturnInterviewClock.due(secondOneThirty, WITHIN))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anInterviewAtTheDeadlineIsInTimeAndOneSecondLaterIsLate() {
        Instant returned = london(2025, 6, 1, 22, 15);
        Instant due = returned.plus(WITHIN);
        assertThat(ReturnInterviewClock.read(returned, WITHIN, Optional.of(due), due).status()).isEqualTo(InterviewStatus.OFFERED);
        assertThat(ReturnInterviewClock.read(returned, WITHIN, Optional.of(due.plusSeconds(1)), due.plusSeconds(1)).status())
                .isEqualTo(InterviewStatus.OFFERED_LATE);
        assertThat(ReturnInterviewClock.read(null, WITHIN, Optional.empty(), due).status())
                .isEqualTo(InterviewStatus.NOT_RETURNED);
    }

    /** Hours left count up (so the page never shows a deadline passed early) and fall by one each hour. */
    @Property(tries = 500)
    void hoursLeftCountUpAndFallOneAnHour(@ForAll @LongRange(min = 0, max = 72 * 3600 - 1) long secondsAfterReturn) {
        Instant returned = london(2025, 3, 29, 23, 30);
        var reading = ReturnInterviewClock.read(returned, WITHIN, Optional.empty(), returned.plusSeconds(secondsAfterReturn));
        assertThat(reading.status()).isEqualTo(InterviewStatus.DUE);
        long expected = (72 * 3600 - secondsAfterReturn + 3599) / 3600;
        assertThat(reading.hoursLeft()).isEqualTo(expected).isBetween(1L, 72L);
    }
}
