package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.meetings.TestMeetings.CSC_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.GP_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.POLICE_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.POLICE_SOUTH;
import static org.safeguardinghub.meetings.TestMeetings.person;
import static org.safeguardinghub.meetings.TestMeetings.practitioner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.MeetingAction;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.meetings.Minutes;
import org.safeguardinghub.meetings.TestMeetings;

/** Who may convene, record, read, reply to and complete what, and why not. */
class MeetingPermissionsTest {

    static final Practitioner SW = practitioner("sw", CSC_NORTH, Role.SOCIAL_WORKER);
    static final Practitioner ANALYST = practitioner("analyst", CSC_NORTH, Role.PARTNERSHIP_ANALYST);
    static final Practitioner POLICE = practitioner("police", POLICE_NORTH, Role.PRACTITIONER);
    static final Practitioner GP = practitioner("gp", GP_NORTH, Role.SAFEGUARDING_LEAD);
    static final Meeting MEETING = TestMeetings.meeting(MeetingType.STRATEGY_MEETING, LocalDate.of(2026, 12, 3), SW, POLICE);

    @Test
    void socialCareWithARelationshipConvenes() {
        assertThat(MeetingPermissions.convene(person(SW), AccessBasis.ALLOCATED).allowed()).isTrue();
        assertThat(MeetingPermissions.convene(person(SW), AccessBasis.RESPONSIBLE_SOCIAL_CARE).allowed()).isTrue();
        assertThat(MeetingPermissions.convene(person(SW), AccessBasis.BREAK_GLASS).reason())
                .isEqualTo("meeting.permission.relationship");
        assertThat(MeetingPermissions.convene(person(SW), AccessBasis.MEETING).refused()).isTrue();
        assertThat(MeetingPermissions.convene(person(ANALYST), AccessBasis.PROFESSIONAL_NETWORK).reason())
                .isEqualTo("meeting.permission.socialCareOnly");
        assertThat(MeetingPermissions.convene(person(GP), AccessBasis.PROFESSIONAL_NETWORK).refused()).isTrue();
        assertThat(MeetingPermissions.convene(new Actor.PartnerSystem("CSC-NORTH", CSC_NORTH), AccessBasis.ALLOCATED)
                .refused()).isTrue();
    }

    @Test
    void theOrganiserRecordsTheMeetingEvenWhenTheirOwnAccessIsTheInvitation() {
        assertThat(MeetingPermissions.record(person(SW), AccessBasis.MEETING, MEETING).allowed()).isTrue();
        assertThat(MeetingPermissions.record(person(POLICE), AccessBasis.MEETING, MEETING).refused()).isTrue();
    }

    @Test
    void anInvitationOpensItsOwnMeetingAndAWholeRecordRelationshipOpensEveryMeeting() {
        assertThat(MeetingPermissions.read(person(POLICE), AccessBasis.MEETING, MEETING).allowed()).isTrue();
        Meeting other = TestMeetings.meeting(MeetingType.CORE_GROUP, LocalDate.of(2026, 12, 3), SW);
        assertThat(MeetingPermissions.read(person(POLICE), AccessBasis.MEETING, other).reason())
                .isEqualTo("meeting.permission.notInvited");
        assertThat(MeetingPermissions.read(person(GP), AccessBasis.PROFESSIONAL_NETWORK, other).allowed()).isTrue();
        assertThat(MeetingPermissions.read(person(GP), AccessBasis.OWN_ENTRIES, other).refused()).isTrue();
        assertThat(MeetingPermissions.read(new Actor.PartnerSystem("POLICE-NORTH", POLICE_NORTH), AccessBasis.MEETING,
                MEETING).allowed()).isTrue();
        assertThat(MeetingPermissions.read(new Actor.PartnerSystem("POLICE-SOUTH", POLICE_SOUTH), AccessBasis.MEETING,
                MEETING).refused()).isTrue();
    }

    @Test
    void onlyTheInviteeReplies() {
        assertThat(MeetingPermissions.reply(person(POLICE), MEETING).allowed()).isTrue();
        assertThat(MeetingPermissions.reply(person(GP), MEETING).refused()).isTrue();
        assertThat(MeetingPermissions.reply(new Actor.PartnerSystem("POLICE-NORTH", POLICE_NORTH), MEETING).refused()).isTrue();
    }

    @Test
    void theOwnerOrWhoeverRecordsTheMeetingCompletesAnAction() {
        MeetingAction action = new MeetingAction(MEETING.id(), MEETING.child(), MEETING.type(), MEETING.scheduledOn(),
                new Minutes.Action(UUID.randomUUID(), "Share", POLICE.id(), POLICE_NORTH.id(), MEETING.scheduledOn(), null),
                POLICE, null, null);
        assertThat(MeetingPermissions.complete(person(POLICE), AccessBasis.MEETING, MEETING, action).allowed()).isTrue();
        assertThat(MeetingPermissions.complete(person(SW), AccessBasis.ALLOCATED, MEETING, action).allowed()).isTrue();
        assertThat(MeetingPermissions.complete(person(GP), AccessBasis.PROFESSIONAL_NETWORK, MEETING, action).reason())
                .isEqualTo("meeting.permission.notOwner");
        assertThat(action.complete("police", null, Instant.EPOCH).actionId()).isEqualTo(action.action().id());
    }
}
