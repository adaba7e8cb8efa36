package org.safeguardinghub.meetings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the meetings module.
 *
 * @param accessAfterMeeting how long an invitation keeps the child's record open to the invitee
 *                           after the meeting's date, or after the minutes are finalised, or after
 *                           the due date of an action the invitee owns, whichever is latest (ADR 0023)
 * @param dueSoonWorkingDays the managers' view lists statutory meetings due within this many working days
 * @param deadlineCheck      how often children whose statutory meeting has just become overdue are looked for
 */
@ConfigurationProperties("safeguarding.meetings")
public record MeetingsProperties(@DefaultValue("P28D") Duration accessAfterMeeting,
                                 @DefaultValue("10") int dueSoonWorkingDays,
                                 @DefaultValue("PT15M") Duration deadlineCheck) {

    public MeetingsProperties {
        if (accessAfterMeeting.isNegative() || accessAfterMeeting.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("safeguarding.meetings.access-after-meeting must be 0 to 366 days");
        }
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("safeguarding.meetings.due-soon-working-days must not be negative");
        }
    }
}
