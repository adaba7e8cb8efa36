package org.safeguardinghub.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.oversight.Disagreement;

/** Who may act on alerts and disagreements: each action a named permission with its reason. */
class ActionPermissionsTest {

    static final Agency CSC = new Agency(UUID.randomUUID(), "CSC-NORTH", "CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "North");
    static final Agency SCHOOL = new Agency(UUID.randomUUID(), "SCHOOL-NORTH", "School", AgencyType.EDUCATION, "North");

    static Actor.Person person(String username, Agency agency, Role... roles) {
        return new Actor.Person(UUID.randomUUID(), username, username, agency, Set.of(roles));
    }

    static Disagreement disagreement(int stage) {
        return new Disagreement(UUID.randomUUID(), new ChildId(UUID.randomUUID()), "dsl", "SCHOOL-NORTH",
                Disagreement.DecisionKind.THRESHOLD_DECISION, "No further action", "CSC-NORTH", "mash", "She is at risk",
                stage, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), Disagreement.Status.OPEN, null, null, null,
                Instant.parse("2026-03-02T09:00:00Z"), List.of());
    }

    @Test
    void closingAnAlertIsForWhoeverHoldsTheCase() {
        assertThat(AlertPermissions.close(person("sw", CSC, Role.SOCIAL_WORKER), AccessBasis.ALLOCATED).allowed()).isTrue();
        assertThat(AlertPermissions.close(person("tm", CSC, Role.TEAM_MANAGER), AccessBasis.RESPONSIBLE_SOCIAL_CARE).allowed()).isTrue();
        assertThat(AlertPermissions.close(person("sw2", CSC, Role.SOCIAL_WORKER), AccessBasis.PROFESSIONAL_NETWORK).reason())
                .isEqualTo("alert.error.mayNotClose");
        assertThat(AlertPermissions.close(person("t", SCHOOL, Role.TEAM_MANAGER), AccessBasis.PROFESSIONAL_NETWORK).allowed()).isFalse();
        assertThat(AlertPermissions.close(person("tm", CSC, Role.TEAM_MANAGER), AccessBasis.BREAK_GLASS).allowed()).isFalse();
    }

    @Test
    void acknowledgingIsForThoseWhoWorkWithTheChild() {
        assertThat(AlertPermissions.acknowledge(person("t", SCHOOL, Role.PRACTITIONER), AccessBasis.PROFESSIONAL_NETWORK).allowed()).isTrue();
        assertThat(AlertPermissions.acknowledge(person("t", SCHOOL, Role.PRACTITIONER), AccessBasis.OWN_ENTRIES).allowed()).isFalse();
        assertThat(AlertPermissions.acknowledge(person("n", SCHOOL, Role.PRACTITIONER), AccessBasis.BREAK_GLASS).reason())
                .isEqualTo("alert.error.mayNotAcknowledge");
    }

    @Test
    void theChallengedPartyCannotResolveItsOwnChallenge() {
        Disagreement d = disagreement(2);
        assertThat(DisagreementPermissions.resolve(person("mash", CSC, Role.MASH_OFFICER), AccessBasis.MASH_OPEN_CONTACT, d)
                .reason()).isEqualTo("disagreement.error.challengedParty");
        assertThat(DisagreementPermissions.resolve(person("tm", CSC, Role.TEAM_MANAGER), AccessBasis.RESPONSIBLE_SOCIAL_CARE, d)
                .reason()).as("anyone of the agency challenged").isEqualTo("disagreement.error.challengedParty");
        assertThat(DisagreementPermissions.resolve(person("dsl", SCHOOL, Role.SAFEGUARDING_LEAD), AccessBasis.PROFESSIONAL_NETWORK, d)
                .allowed()).as("whoever raised it").isTrue();
        assertThat(DisagreementPermissions.resolve(person("head", SCHOOL, Role.SENIOR_MANAGER), AccessBasis.AGENCY_OVERSIGHT, d)
                .allowed()).as("a manager of the raising agency").isTrue();
        assertThat(DisagreementPermissions.resolve(person("teacher", SCHOOL, Role.PRACTITIONER), AccessBasis.PROFESSIONAL_NETWORK, d)
                .allowed()).isFalse();
    }

    @Test
    void thePartnershipRecordsAResolutionOnlyAtTheLastStage() {
        var analyst = person("analyst", CSC, Role.PARTNERSHIP_ANALYST);
        assertThat(DisagreementPermissions.resolve(analyst, AccessBasis.NO_ACCESS, disagreement(4)).reason())
                .as("of the agency challenged, still not").isEqualTo("disagreement.error.challengedParty");
        var neutral = person("analyst", new Agency(UUID.randomUUID(), "LSCP", "Partnership", AgencyType.VOLUNTARY, "North"),
                Role.PARTNERSHIP_ANALYST);
        assertThat(DisagreementPermissions.resolve(neutral, AccessBasis.NO_ACCESS, disagreement(4)).allowed()).isTrue();
        assertThat(DisagreementPermissions.resolve(neutral, AccessBasis.NO_ACCESS, disagreement(3)).allowed()).isFalse();
    }

    @Test
    void bothSidesRespondAndOnlyTheRaisingSideEscalates() {
        Disagreement d = disagreement(1);
        assertThat(DisagreementPermissions.respond(person("mash", CSC, Role.MASH_OFFICER), AccessBasis.MASH_OPEN_CONTACT, d).allowed()).isTrue();
        assertThat(DisagreementPermissions.respond(person("gp", new Agency(UUID.randomUUID(), "GP", "GP", AgencyType.HEALTH, "North"),
                Role.PRACTITIONER), AccessBasis.PROFESSIONAL_NETWORK, d).reason()).isEqualTo("disagreement.error.notAParty");
        assertThat(DisagreementPermissions.escalate(person("dsl", SCHOOL, Role.SAFEGUARDING_LEAD), AccessBasis.PROFESSIONAL_NETWORK, d)
                .allowed()).isTrue();
        assertThat(DisagreementPermissions.escalate(person("mash", CSC, Role.TEAM_MANAGER), AccessBasis.RESPONSIBLE_SOCIAL_CARE, d)
                .reason()).isEqualTo("disagreement.error.onlyRaisingSide");
        assertThat(DisagreementPermissions.raise(person("n", SCHOOL, Role.PRACTITIONER), AccessBasis.BREAK_GLASS).allowed()).isFalse();
    }

    @Test
    void breakGlassTellsTheSocialWorkerOrElseTheResponsibleManagersAndTheLookersLeadButNotTheLooker() {
        UUID sw = UUID.randomUUID();
        UUID tm = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        UUID nurse = UUID.randomUUID();
        assertThat(BreakGlassRecipients.of(List.of(sw), List.of(tm), List.of(lead, nurse), nurse))
                .containsOnlyKeys(sw, lead);
        assertThat(BreakGlassRecipients.of(List.of(), List.of(tm), List.of(lead), nurse))
                .containsEntry(tm, BreakGlassRecipients.Because.RESPONSIBLE_TEAM_MANAGER).containsKey(lead);
    }
}
