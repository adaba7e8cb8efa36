package org.safeguardinghub.meetings.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.safeguardinghub.shared.HubTime;

/**
 * How long an invitation opens the child's record to an invitee (ADR 0023): an invitation is a
 * relationship for the meeting's purpose, so it lasts until {@code after} past the latest of the
 * meeting's day, the minutes being finalised (time to read them and ask for a correction) and the
 * due dates of the actions the invitee owns (time to do them and say so). Plain Java.
 */
public record MeetingAccessPeriod(Duration after) {

    /** Until the meeting's day is over, and {@code after} more; never less than {@code after} from now. */
    public Instant untilInvited(LocalDate meetingOn, Instant now) {
        return latest(HubTime.endOf(meetingOn), now).plus(after);
    }

    /** Once the minutes are final: also until {@code after} past the invitee's latest action. */
    public Instant untilFinalised(LocalDate meetingOn, Instant finalisedAt, Collection<LocalDate> actionsDue) {
        Instant until = latest(HubTime.endOf(meetingOn), finalisedAt);
        for (LocalDate due : actionsDue) {
            until = latest(until, HubTime.endOf(due));
        }
        return until.plus(after);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
