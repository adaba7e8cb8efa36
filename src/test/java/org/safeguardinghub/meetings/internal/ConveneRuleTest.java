package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.meetings.TestMeetings.CSC_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.GP_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.POLICE_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.practitioner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.meetings.ConveneInput;
import org.safeguardinghub.meetings.Invitation;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.meetings.Problem;
import org.safeguardinghub.shared.DateInput;

/** What a meeting is refused for when convened. */
class ConveneRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final LocalDate BORN = LocalDate.of(2023, 1, 10);
    static final Practitioner SW = practitioner("sw", CSC_NORTH, Role.SOCIAL_WORKER);
    static final Practitioner POLICE = practitioner("police", POLICE_NORTH, Role.PRACTITIONER);
    static final Practitioner GP = practitioner("gp", GP_NORTH, Role.PRACTITIONER);
    static final List<InvitationProposal.Proposed> PROPOSED = List.of(
            new InvitationProposal.Proposed(SW, "Social worker", Invitation.Source.ORGANISER),
            new InvitationProposal.Proposed(GP, "GP", Invitation.Source.NETWORK),
            new InvitationProposal.Proposed(POLICE, "Police", Invitation.Source.REQUIRED));
    /** A child under school age: police, health and social care required, not the school. */
    static final List<RequiredAgencies.Requirement> REQUIRED = RequiredAgencies.of(MeetingType.STRATEGY_MEETING, BORN, TODAY);

    static ConveneRule.Checked check(DateInput on, String time, Set<Practitioner> invite, Map<AgencyType, String> reasons,
                                     List<String> unknown) {
        return ConveneRule.check(new ConveneInput(MeetingType.STRATEGY_MEETING, on, time, null, DateInput.of(null),
                        invite.stream().map(Practitioner::id).collect(java.util.stream.Collectors.toSet()), reasons, List.of()),
                new ConveneRule.Context(BORN, TODAY, PROPOSED, List.of(), unknown, REQUIRED));
    }

    @Test
    void everyoneProposedOnADateWithATimeIsConvened() {
        ConveneRule.Checked checked = check(DateInput.of(TODAY), "9:30", Set.of(SW, GP, POLICE), Map.of(), List.of());
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.valid()).hasValueSatisfying(v -> {
            assertThat(v.time()).isEqualTo(java.time.LocalTime.of(9, 30));
            assertThat(v.invitees()).hasSize(3);
            assertThat(v.leftOut()).isEmpty();
        });
    }

    @Test
    void removingThePoliceIsRefusedWithoutAReasonAndKeptWithOne() {
        assertThat(check(DateInput.of(TODAY), "", Set.of(SW, GP), Map.of(), List.of()).errors())
                .containsOnlyKeys("leftOut-POLICE");
        ConveneRule.Checked withReason = check(DateInput.of(TODAY), "", Set.of(SW, GP),
                Map.of(AgencyType.POLICE, "  Not involved  "), List.of());
        assertThat(withReason.valid()).hasValueSatisfying(v -> assertThat(v.leftOut())
                .isEqualTo(Map.of(AgencyType.POLICE, "Not involved")));
    }

    @Test
    void aMeetingBeforeTheChildWasBornNoDateABadTimeAnUnknownNameOrNobodyIsRefused() {
        assertThat(check(DateInput.of(BORN.minusDays(1)), "", Set.of(SW, GP, POLICE), Map.of(), List.of()).errors())
                .containsEntry("scheduledOn", Problem.of("meeting.error.beforeBirth"));
        assertThat(check(DateInput.of(null), "", Set.of(SW, GP, POLICE), Map.of(), List.of()).errors())
                .containsOnlyKeys("scheduledOn");
        assertThat(check(DateInput.of(TODAY), "25:00", Set.of(SW, GP, POLICE), Map.of(), List.of()).errors())
                .containsOnlyKeys("time");
        assertThat(check(DateInput.of(TODAY), "", Set.of(SW, GP, POLICE), Map.of(), List.of("nobody")).errors())
                .containsEntry("alsoInvite", Problem.of("meeting.error.alsoInvite", "nobody"));
        assertThat(check(DateInput.of(TODAY), "", Set.of(), Map.of(), List.of()).errors()).containsKey("invite");
    }
}
