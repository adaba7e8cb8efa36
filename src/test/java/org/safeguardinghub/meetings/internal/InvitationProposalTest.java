package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.meetings.TestMeetings.AGENCIES;
import static org.safeguardinghub.meetings.TestMeetings.CSC_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.GP_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.HOME_SOUTH;
import static org.safeguardinghub.meetings.TestMeetings.NURSES_SOUTH;
import static org.safeguardinghub.meetings.TestMeetings.POLICE_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.POLICE_SOUTH;
import static org.safeguardinghub.meetings.TestMeetings.SCHOOL_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.practitioner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.meetings.Invitation;
import org.safeguardinghub.meetings.MeetingType;

/** Who a new meeting proposes: the organiser, the whole network across areas, and the required agencies of every area. */
class InvitationProposalTest {

    static final Practitioner SW = practitioner("sw", CSC_NORTH, Role.SOCIAL_WORKER);
    static final Practitioner GP = practitioner("gp", GP_NORTH, Role.PRACTITIONER);
    static final Practitioner NURSE = practitioner("nurse", NURSES_SOUTH, Role.PRACTITIONER);
    static final Practitioner CARER = practitioner("carer", HOME_SOUTH, Role.PRACTITIONER);
    static final Practitioner DC = practitioner("dc.north", POLICE_NORTH, Role.PRACTITIONER);
    static final Practitioner LEAD = practitioner("lead.north", POLICE_NORTH, Role.SAFEGUARDING_LEAD);
    static final Practitioner PC = practitioner("pc.south", POLICE_SOUTH, Role.PRACTITIONER);
    static final Practitioner TEACHER = practitioner("teacher", SCHOOL_NORTH, Role.PRACTITIONER);
    static final Map<UUID, List<Practitioner>> STAFF = Map.of(POLICE_NORTH.id(), List.of(DC, LEAD),
            POLICE_SOUTH.id(), List.of(PC), SCHOOL_NORTH.id(), List.of(TEACHER));

    static List<InvitationProposal.Proposed> propose(List<InvitationProposal.Member> network) {
        return InvitationProposal.of(SW, network, RequiredAgencies.of(MeetingType.STRATEGY_MEETING, LocalDate.of(2012, 5, 5),
                LocalDate.of(2026, 12, 3)), AGENCIES, agency -> STAFF.getOrDefault(agency, List.of()));
    }

    @Test
    void aChildPlacedAcrossTheBoundaryHasBothAreasPoliceProposedBesidesTheNetwork() {
        var proposed = propose(List.of(new InvitationProposal.Member(GP, "GP"), new InvitationProposal.Member(NURSE, "School nurse"),
                new InvitationProposal.Member(CARER, "Key worker")));
        assertThat(proposed).extracting(p -> p.who().username())
                .containsExactly("sw", "gp", "nurse", "carer", "lead.north", "pc.south", "teacher");
        assertThat(proposed).extracting(InvitationProposal.Proposed::source).containsExactly(Invitation.Source.ORGANISER,
                Invitation.Source.NETWORK, Invitation.Source.NETWORK, Invitation.Source.NETWORK, Invitation.Source.REQUIRED,
                Invitation.Source.REQUIRED, Invitation.Source.REQUIRED);
        assertThat(proposed.get(1).role()).isEqualTo("GP");
    }

    @Test
    void anAgencyKindAlreadyInTheNetworkIsNotProposedAgainAndNobodyTwice() {
        var proposed = propose(List.of(new InvitationProposal.Member(DC, "Investigating officer"),
                new InvitationProposal.Member(SW, "Allocated social worker"), new InvitationProposal.Member(TEACHER, "Teacher")));
        assertThat(proposed).extracting(p -> p.who().username()).containsExactly("sw", "dc.north", "teacher");
    }

    @Test
    void atAnAgencyNobodyIsNamedFromItsSafeguardingLeadIsAskedFirst() {
        assertThat(InvitationProposal.contactAt(List.of(DC, LEAD))).contains(LEAD);
        Practitioner manager = practitioner("manager", POLICE_NORTH, Role.TEAM_MANAGER);
        assertThat(InvitationProposal.contactAt(List.of(DC, manager))).contains(manager);
        assertThat(InvitationProposal.contactAt(List.of(practitioner("admin", POLICE_NORTH, Role.ADMINISTRATOR)))).isEmpty();
        assertThat(InvitationProposal.contactAt(List.of())).isEmpty();
    }
}
