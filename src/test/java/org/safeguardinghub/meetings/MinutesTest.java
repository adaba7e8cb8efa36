package org.safeguardinghub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeguardinghub.meetings.TestMeetings.CSC_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.GP_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.POLICE_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.practitioner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;

/** Final minutes become MeetingFinalised (and only final minutes with a chair); attendance per agency. */
class MinutesTest {

    static final Practitioner SW = practitioner("sw", CSC_NORTH, Role.SOCIAL_WORKER);
    static final Practitioner POLICE = practitioner("police", POLICE_NORTH, Role.PRACTITIONER);
    static final Practitioner GP = practitioner("gp", GP_NORTH, Role.PRACTITIONER);
    static final Practitioner GP2 = practitioner("gp2", GP_NORTH, Role.PRACTITIONER);
    static final LocalDate HELD = LocalDate.of(2026, 12, 3);
    static final Meeting MEETING = TestMeetings.meeting(MeetingType.CORE_GROUP, HELD, SW, POLICE, GP, GP2);

    static Minutes minutes(Integer finalVersion, String chair, Map<UUID, Minutes.Attendance> attendance) {
        return new Minutes(UUID.randomUUID(), MEETING.id(), 3, finalVersion, HELD, chair, attendance, null, null, null,
                List.of(), null, List.of(), List.of(new Minutes.Action(UUID.randomUUID(), "Visit", GP.id(), GP_NORTH.id(),
                HELD.plusDays(5), "Seen at home")), List.of("Recommend"), List.of(), null, "sw", Instant.EPOCH);
    }

    static Map<UUID, Minutes.Attendance> attendance(Minutes.Attendance... each) {
        Map<UUID, Minutes.Attendance> map = new java.util.HashMap<>();
        for (int i = 0; i < each.length; i++) {
            map.put(MEETING.invitations().get(i).id(), each[i]);
        }
        return map;
    }

    @Test
    void finalMinutesArePublishedWithTheAgenciesInvitedAndAttendedAndTheActions() {
        Minutes m = minutes(2, "Chair", attendance(Minutes.Attendance.ATTENDED, Minutes.Attendance.DID_NOT_ATTEND,
                Minutes.Attendance.APOLOGIES, Minutes.Attendance.ATTENDED));
        MeetingFinalised finalised = m.finalised(MEETING, Instant.EPOCH);
        assertThat(finalised.version()).isEqualTo(2);
        assertThat(finalised.type()).isEqualTo(MeetingType.CORE_GROUP);
        assertThat(finalised.heldOn()).isEqualTo(HELD);
        assertThat(finalised.agenciesInvited()).isEqualTo(Set.of(CSC_NORTH.id(), POLICE_NORTH.id(), GP_NORTH.id()));
        assertThat(finalised.agenciesAttended()).isEqualTo(Set.of(CSC_NORTH.id(), GP_NORTH.id()));
        assertThat(finalised.actions()).singleElement().satisfies(a -> {
            assertThat(a.actionId()).isEqualTo(m.actions().getFirst().id());
            assertThat(a.ownerPractitionerId()).isEqualTo(GP.id());
            assertThat(a.ownerAgencyId()).isEqualTo(GP_NORTH.id());
            assertThat(a.doneLooksLike()).isEqualTo("Seen at home");
        });
        assertThat(m.byAgency(MEETING)).containsEntry(GP_NORTH.id(), Minutes.Attendance.ATTENDED)
                .containsEntry(POLICE_NORTH.id(), Minutes.Attendance.DID_NOT_ATTEND);
    }

    @Test
    void draftsMinutesWithoutAChairAndAnotherMeetingsMinutesAreNotPublished() {
        assertThatThrownBy(() -> minutes(null, "Chair", Map.of()).finalised(MEETING, Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> minutes(1, " ", Map.of()).finalised(MEETING, Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
        Meeting other = TestMeetings.meeting(MeetingType.CORE_GROUP, HELD, SW);
        assertThatThrownBy(() -> minutes(1, "Chair", Map.of()).finalised(other, Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anActionDoneOnceCannotBeDoneAgainAndIsOverdueOnlyAfterItsDay() {
        Minutes.Action action = new Minutes.Action(UUID.randomUUID(), "Visit", GP.id(), GP_NORTH.id(), HELD, null);
        MeetingAction open = new MeetingAction(MEETING.id(), MEETING.child(), MEETING.type(), HELD, action, GP, null, null);
        assertThat(open.statusOn(HELD)).isEqualTo(MeetingAction.Status.OPEN);
        assertThat(open.statusOn(HELD.plusDays(1))).isEqualTo(MeetingAction.Status.OVERDUE);
        MeetingAction done = new MeetingAction(MEETING.id(), MEETING.child(), MEETING.type(), HELD, action, GP, Instant.EPOCH, "gp");
        assertThat(done.statusOn(HELD.plusDays(9))).isEqualTo(MeetingAction.Status.DONE);
        assertThatThrownBy(() -> done.complete("gp", null, Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }
}
