package org.safeguardinghub.frontdoor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;

/** Who may triage, decide and sign off at the front door. */
class FrontDoorPermissionsTest {

    static final Agency CSC = new Agency(UUID.randomUUID(), "CSC-NORTH", "North CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "North");
    static final Agency POLICE = new Agency(UUID.randomUUID(), "POLICE-NORTH", "North Police", AgencyType.POLICE, "North");

    static Actor.Person person(String username, Agency agency, Role... roles) {
        return new Actor.Person(UUID.randomUUID(), username, username, agency, Set.of(roles));
    }

    @Test
    void theMashOfChildrensSocialCareTriagesAndNoOneElse() {
        assertThat(FrontDoorPermissions.triage(person("m", CSC, Role.MASH_OFFICER)).allowed()).isTrue();
        assertThat(FrontDoorPermissions.triage(person("t", CSC, Role.TEAM_MANAGER)).allowed()).isTrue();
        assertThat(FrontDoorPermissions.triage(person("s", CSC, Role.SOCIAL_WORKER)).allowed()).isFalse();
        // a police MASH officer is not children's social care: they answer requests, not decide
        assertThat(FrontDoorPermissions.triage(person("p", POLICE, Role.MASH_OFFICER, Role.TEAM_MANAGER)).allowed()).isFalse();
        assertThat(FrontDoorPermissions.triage(new Actor.PartnerSystem("csc-system", CSC)).reason())
                .isEqualTo("contact.error.mayNotTriage");
    }

    @Test
    void aManagerOtherThanTheDeciderSignsOff() {
        assertThat(FrontDoorPermissions.signOffDecision(person("tm", CSC, Role.TEAM_MANAGER), "mash").allowed()).isTrue();
        assertThat(FrontDoorPermissions.signOffDecision(person("mash", CSC, Role.TEAM_MANAGER, Role.MASH_OFFICER), "mash"))
                .satisfies(p -> {
                    assertThat(p.allowed()).isFalse();
                    assertThat(p.reason()).isEqualTo("decision.error.ownDecision");
                });
        assertThat(FrontDoorPermissions.signOffDecision(person("m2", CSC, Role.MASH_OFFICER), "mash").allowed()).isFalse();
        assertThat(FrontDoorPermissions.signOffDecision(person("ptm", POLICE, Role.TEAM_MANAGER), "mash").allowed()).isFalse();
    }

    @Test
    void socialCareProposesAChangeOfLevelAndAnotherManagerSignsItOff() {
        assertThat(FrontDoorPermissions.proposeLevelChange(person("sw", CSC, Role.SOCIAL_WORKER)).allowed()).isTrue();
        assertThat(FrontDoorPermissions.proposeLevelChange(person("pr", CSC, Role.PRACTITIONER)).allowed()).isFalse();
        assertThat(FrontDoorPermissions.proposeLevelChange(person("lead", POLICE, Role.SAFEGUARDING_LEAD)).allowed()).isFalse();
        assertThat(FrontDoorPermissions.signOffLevelChange(person("tm", CSC, Role.TEAM_MANAGER), "sw").allowed()).isTrue();
        assertThat(FrontDoorPermissions.signOffLevelChange(person("tm", CSC, Role.TEAM_MANAGER), "tm").reason())
                .isEqualTo("level.error.ownProposal");
    }
}
