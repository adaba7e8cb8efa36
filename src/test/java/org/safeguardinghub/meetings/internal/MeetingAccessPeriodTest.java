package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.HubTime;

/** An invitation opens the record until 28 days after the latest of the meeting, the final minutes and the invitee's actions. */
class MeetingAccessPeriodTest {

    static final MeetingAccessPeriod PERIOD = new MeetingAccessPeriod(Duration.ofDays(28));
    static final LocalDate MEETING = LocalDate.of(2026, 12, 3);

    @Test
    void untilFourWeeksAfterTheMeetingOrFromNowIfLater() {
        Instant before = MEETING.minusDays(10).atStartOfDay(HubTime.ZONE).toInstant();
        assertThat(PERIOD.untilInvited(MEETING, before)).isEqualTo(HubTime.endOf(MEETING).plus(Duration.ofDays(28)));
        Instant after = MEETING.plusDays(40).atStartOfDay(HubTime.ZONE).toInstant();
        assertThat(PERIOD.untilInvited(MEETING, after)).isEqualTo(after.plus(Duration.ofDays(28)));
    }

    @Test
    void anOwnerKeepsAccessFourWeeksPastTheirLatestAction() {
        Instant finalised = MEETING.plusDays(2).atStartOfDay(HubTime.ZONE).toInstant();
        assertThat(PERIOD.untilFinalised(MEETING, finalised, List.of())).isEqualTo(finalised.plus(Duration.ofDays(28)));
        assertThat(PERIOD.untilFinalised(MEETING, finalised, List.of(MEETING.plusDays(60), MEETING.plusDays(10))))
                .isEqualTo(HubTime.endOf(MEETING.plusDays(60)).plus(Duration.ofDays(28)));
    }
}
