package org.safeguardinghub.missing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.safeguardinghub.missing.InterviewStatus;

/**
 * The return interview's clock: an interview is offered within 72 hours of the return (DESIGN.md,
 * statutory timescales). The hours are hours that pass, not hours on the clock face: across the
 * change to summer time the deadline reads an hour later than the return did, across the change
 * back an hour earlier. An interview offered at the deadline itself is in time; with none offered,
 * the interview is overdue from the deadline on. Hours left are counted up (71 hours and a minute
 * left is "72 hours"), hours overdue down, so the page never shows a deadline passed early. Plain Java.
 */
public final class ReturnInterviewClock {

    private static final Duration HOUR = Duration.ofHours(1);

    /**
     * Where the clock stands.
     *
     * @param due        when the interview must be offered by (null while the child has not returned)
     * @param hoursLeft  whole hours to the deadline, counted up; 0 once it has passed or been met
     * @param hoursLate  whole hours since the deadline passed with no interview, or by which the interview was late
     */
    public record Reading(InterviewStatus status, Instant due, long hoursLeft, long hoursLate, String reasonKey) {
    }

    private ReturnInterviewClock() {
    }

    public static Instant due(Instant returnedAt, Duration within) {
        return returnedAt.plus(within);
    }

    /**
     * @param returnedAt when the episode ended, or null if it has not
     * @param offeredAt  when the interview that counts for it was first offered, if any
     */
    public static Reading read(Instant returnedAt, Duration within, Optional<Instant> offeredAt, Instant now) {
        if (returnedAt == null) {
            return new Reading(InterviewStatus.NOT_RETURNED, null, 0, 0, "missing.interview.reason.notReturned");
        }
        Instant due = due(returnedAt, within);
        if (offeredAt.isPresent()) {
            boolean inTime = !offeredAt.get().isAfter(due);
            return inTime ? new Reading(InterviewStatus.OFFERED, due, 0, 0, "missing.interview.reason.offered")
                    : new Reading(InterviewStatus.OFFERED_LATE, due, 0, wholeHours(Duration.between(due, offeredAt.get())),
                    "missing.interview.reason.offeredLate");
        }
        if (now.isBefore(due)) {
            return new Reading(InterviewStatus.DUE, due, hoursUp(Duration.between(now, due)), 0,
                    "missing.interview.reason.due");
        }
        return new Reading(InterviewStatus.OVERDUE, due, 0, wholeHours(Duration.between(due, now)),
                "missing.interview.reason.overdue");
    }

    static long hoursUp(Duration left) {
        long hours = left.toHours();
        return left.equals(HOUR.multipliedBy(hours)) ? hours : hours + 1;
    }

    static long wholeHours(Duration duration) {
        return duration.toHours();
    }
}
