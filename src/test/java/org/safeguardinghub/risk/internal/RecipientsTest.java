package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.risk.People;

/** Who hears that a child's risk is high, and who is asked to agree to a lowering. */
class RecipientsTest {

    static final UUID CSC_SENIOR = UUID.randomUUID();
    static final UUID POLICE_SENIOR = UUID.randomUUID();
    static final UUID SOUTH_CSC_SENIOR = UUID.randomUUID();
    static final UUID SOUTH_POLICE_SENIOR = UUID.randomUUID();
    static final Map<UUID, List<UUID>> SENIORS = Map.of(People.CSC.id(), List.of(CSC_SENIOR), People.POLICE.id(),
            List.of(POLICE_SENIOR), People.SOUTH_CSC.id(), List.of(SOUTH_CSC_SENIOR), People.SOUTH_POLICE.id(),
            List.of(SOUTH_POLICE_SENIOR));
    static final List<org.safeguardinghub.access.Agency> AGENCIES = List.of(People.CSC, People.POLICE, People.SCHOOL,
            People.SOUTH_CSC, People.SOUTH_POLICE);

    @Test
    void highRiskReachesTheSeniorManagersOfSocialCareAndPoliceOfTheChildsAreaAndTheLeadsInTheNetwork() {
        UUID lead = UUID.randomUUID();
        UUID worker = UUID.randomUUID();
        var told = HighRiskRecipients.of(List.of(new HighRiskRecipients.Member(lead, Set.of(Role.SAFEGUARDING_LEAD)),
                new HighRiskRecipients.Member(worker, Set.of(Role.SOCIAL_WORKER))), Set.of(People.SCHOOL.id()), AGENCIES, SENIORS);
        assertThat(told).containsExactlyInAnyOrderEntriesOf(Map.of(lead, HighRiskRecipients.Because.LEAD_IN_NETWORK,
                CSC_SENIOR, HighRiskRecipients.Because.SOCIAL_CARE_SENIOR_MANAGER,
                POLICE_SENIOR, HighRiskRecipients.Because.POLICE_SENIOR_MANAGER));
    }

    @Test
    void aChildKnownInBothAreasReachesTheSeniorManagersOfBoth() {
        var told = HighRiskRecipients.of(List.of(), Set.of(People.CSC.id(), People.SOUTH_POLICE.id()), AGENCIES, SENIORS);
        assertThat(told.keySet()).containsExactlyInAnyOrder(CSC_SENIOR, POLICE_SENIOR, SOUTH_CSC_SENIOR, SOUTH_POLICE_SENIOR);
    }

    @Test
    void aLoweringIsPutToTheScreenersTeamManagersAndTheCaseManagersNeverToTheScreener() {
        Actor.Person sw = People.person("sw", People.CSC, Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
        Actor.Person sameTeam = People.person("tm1", People.CSC, Role.TEAM_MANAGER);
        Actor.Person otherTeam = People.person("tm2", People.CSC, Role.TEAM_MANAGER);
        Actor.Person caseManager = People.person("tm3", People.SOUTH_CSC, Role.TEAM_MANAGER);
        Actor.Person teacher = People.person("t", People.SCHOOL, Role.TEAM_MANAGER);
        var asked = AgreementRecipients.of(People.practitioner(sw, "A"),
                List.of(People.practitioner(sw, "A"), People.practitioner(sameTeam, "A"), People.practitioner(otherTeam, "B")),
                List.of(People.practitioner(caseManager, "S"), People.practitioner(teacher, null), People.practitioner(sw, "A")));
        assertThat(asked).containsExactlyInAnyOrderEntriesOf(Map.of(
                sameTeam.practitionerId(), AgreementRecipients.Because.SCREENERS_MANAGER,
                caseManager.practitionerId(), AgreementRecipients.Because.CASE_MANAGER));
    }
}
