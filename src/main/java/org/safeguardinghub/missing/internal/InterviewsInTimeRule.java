package org.safeguardinghub.missing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.safeguardinghub.missing.InterviewsInTime;
import org.safeguardinghub.shared.HubTime;

/**
 * The share of return interviews offered in time, for the managers' view. Counted: episodes that
 * ended in the last {@value #PERIOD_MONTHS} months (by the calendar in Europe/London) and whose
 * deadline ({@link ReturnInterviewClock}: 72 hours that pass, so across a clock change too) has come;
 * an episode still within its 72 hours is not counted yet, whether or not an interview has been
 * offered, so the figure does not lean on the quick ones. In time: an interview that counts for the
 * episode ({@link ReturnInterviewOverdueRule#firstOffer}) was first offered by the deadline, the
 * deadline itself included, as {@code RETURN_INTERVIEW_OVERDUE} judges it. Seeds {@code 003_…}
 * §66–71: return interviews were patchy and their absence went unnoticed. Plain Java.
 */
public final class InterviewsInTimeRule {

    /** The period the managers' view counts: a year, so the figure is not one busy week. */
    public static final int PERIOD_MONTHS = 12;

    private InterviewsInTimeRule() {
    }

    /** An ended episode: when the child returned, and when an interview that counts for it was first offered. */
    public record Ended(Instant returnedAt, Optional<Instant> firstOffer) {
    }

    /** When the period counted begins, for a view at {@code now}. */
    public static Instant periodFrom(Instant now) {
        return now.atZone(HubTime.ZONE).minusMonths(PERIOD_MONTHS).toInstant();
    }

    public static InterviewsInTime evaluate(Collection<Ended> episodes, Duration within, Instant now) {
        Instant from = periodFrom(now);
        int counted = 0;
        int inTime = 0;
        for (Ended episode : episodes) {
            Instant deadline = ReturnInterviewClock.due(episode.returnedAt(), within);
            if (episode.returnedAt().isBefore(from) || now.isBefore(deadline)) {
                continue;
            }
            counted++;
            if (episode.firstOffer().filter(offered -> !offered.isAfter(deadline)).isPresent()) {
                inTime++;
            }
        }
        long hours = within.toHours();
        if (counted == 0) {
            return new InterviewsInTime(from, now, hours, 0, 0, OptionalInt.empty(), "missing.managers.interviews.none",
                    List.of(hours, PERIOD_MONTHS));
        }
        int percent = (int) ((inTime * 200L + counted) / (2L * counted));
        return new InterviewsInTime(from, now, hours, counted, inTime, OptionalInt.of(percent), "missing.managers.interviews.share",
                List.of(percent, inTime, counted, hours, PERIOD_MONTHS));
    }
}
