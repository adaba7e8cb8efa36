package org.safeguardinghub.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.oversight.internal.DisagreementRecipients.RoleIn;

/** Who answers a disagreement at each stage of escalation. */
class DisagreementRecipientsTest {

    final UUID raiser = UUID.randomUUID();
    final UUID challenged = UUID.randomUUID();
    final UUID school = UUID.randomUUID();
    final UUID socialCare = UUID.randomUUID();
    final UUID partner = UUID.randomUUID();

    DisagreementRecipients.Parties parties(UUID withPractitioner) {
        return new DisagreementRecipients.Parties(raiser, school, withPractitioner, socialCare, Set.of(school, socialCare, partner));
    }

    @Test
    void atStageOneThePractitionerChallengedAnswersOrElseTheirAgencysLeads() {
        var named = DisagreementRecipients.ofStage(1, parties(challenged));
        assertThat(named.people()).containsExactlyInAnyOrder(challenged, raiser);
        assertThat(named.roles()).isEmpty();
        var unnamed = DisagreementRecipients.ofStage(1, parties(null));
        assertThat(unnamed.people()).containsExactly(raiser);
        assertThat(unnamed.roles()).containsExactly(new RoleIn(Role.SAFEGUARDING_LEAD, Set.of(socialCare)));
    }

    @Test
    void stagesTwoAndThreeGoToTheManagersThenTheLeadsOfBothAgencies() {
        assertThat(DisagreementRecipients.ofStage(2, parties(challenged)).roles())
                .containsExactly(new RoleIn(Role.TEAM_MANAGER, Set.of(school, socialCare)));
        assertThat(DisagreementRecipients.ofStage(3, parties(challenged)).roles())
                .containsExactly(new RoleIn(Role.SAFEGUARDING_LEAD, Set.of(school, socialCare)));
    }

    @Test
    void stageFourGoesToSeniorManagersOfBothAndThePartnershipsAnalysts() {
        assertThat(DisagreementRecipients.ofStage(4, parties(challenged)).roles()).containsExactly(
                new RoleIn(Role.SENIOR_MANAGER, Set.of(school, socialCare)),
                new RoleIn(Role.PARTNERSHIP_ANALYST, Set.of(school, socialCare, partner)));
    }

    @Test
    void whoeverRaisedItIsAlwaysToldAndThePartiesHearOfResponses() {
        for (int stage = 1; stage <= 4; stage++) {
            assertThat(DisagreementRecipients.ofStage(stage, parties(null)).people()).contains(raiser);
        }
        assertThat(DisagreementRecipients.parties(parties(challenged))).containsExactly(raiser, challenged);
        assertThat(DisagreementRecipients.parties(parties(null))).containsExactly(raiser);
    }
}
