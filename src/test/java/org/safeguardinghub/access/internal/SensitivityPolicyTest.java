package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.AccessDecision;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Sensitivity;

/** Which sensitivities of other agencies' entries each role of each agency type reads (the shipped policy, version 1). */
class SensitivityPolicyTest {

    static final Agency GP = new Agency(UUID.randomUUID(), "GP-NORTH", "GP", AgencyType.HEALTH, "North");
    static final Agency ED = new Agency(UUID.randomUUID(), "ED-NORTH", "ED", AgencyType.HEALTH, "North");
    static final Agency POLICE = new Agency(UUID.randomUUID(), "POLICE-NORTH", "Police", AgencyType.POLICE, "North");
    static final Agency SCHOOL = new Agency(UUID.randomUUID(), "SCHOOL-NORTH", "School", AgencyType.EDUCATION, "North");
    static final Agency CSC = new Agency(UUID.randomUUID(), "CSC-NORTH", "CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "North");

    static final SensitivityPolicy SHIPPED = new SensitivityPolicy(1, Instant.EPOCH, "migration", "v1", List.of(
            new SensitivityPolicy.Grant(Sensitivity.HEALTH, AgencyType.HEALTH, SensitivityPolicy.ANY_ROLE),
            new SensitivityPolicy.Grant(Sensitivity.SEXUAL_HEALTH, AgencyType.HEALTH, "SAFEGUARDING_LEAD"),
            new SensitivityPolicy.Grant(Sensitivity.POLICE_INTELLIGENCE, AgencyType.POLICE, SensitivityPolicy.ANY_ROLE)));

    static Actor.Person person(Agency agency, Role... roles) {
        return new Actor.Person(UUID.randomUUID(), "x", "X", agency, Set.of(roles));
    }

    @Test
    void healthAgenciesReadHealthAndOnlyTheirLeadsSexualHealth() {
        assertThat(SHIPPED.readableBy(person(GP, Role.PRACTITIONER))).containsExactlyInAnyOrder(Sensitivity.STANDARD, Sensitivity.HEALTH);
        assertThat(SHIPPED.readableBy(person(ED, Role.SAFEGUARDING_LEAD)))
                .containsExactlyInAnyOrder(Sensitivity.STANDARD, Sensitivity.HEALTH, Sensitivity.SEXUAL_HEALTH);
        assertThat(SHIPPED.readableBy(new Actor.PartnerSystem("gp", GP))).as("a partner system reads as any role")
                .containsExactlyInAnyOrder(Sensitivity.STANDARD, Sensitivity.HEALTH);
    }

    @Test
    void othersReadOnlyStandardAndNobodyElsesChildDisclosure() {
        assertThat(SHIPPED.readableBy(person(SCHOOL, Role.SAFEGUARDING_LEAD))).containsExactly(Sensitivity.STANDARD);
        assertThat(SHIPPED.readableBy(person(CSC, Role.TEAM_MANAGER, Role.SOCIAL_WORKER))).containsExactly(Sensitivity.STANDARD);
        assertThat(SHIPPED.readableBy(person(POLICE, Role.PRACTITIONER)))
                .containsExactlyInAnyOrder(Sensitivity.STANDARD, Sensitivity.POLICE_INTELLIGENCE)
                .doesNotContain(Sensitivity.CHILD_DISCLOSURE);
    }

    @Test
    void anAgencyAlwaysReadsItsOwnEntriesAndWithItsOwnEntriesOnlyNothingElse() {
        var teacher = person(SCHOOL, Role.PRACTITIONER);
        var whole = new AccessDecision(AccessBasis.PROFESSIONAL_NETWORK, SHIPPED.readableBy(teacher));
        assertThat(whole.mayRead(teacher, SCHOOL.id(), Sensitivity.CHILD_DISCLOSURE)).isTrue();
        assertThat(whole.mayRead(teacher, GP.id(), Sensitivity.HEALTH)).isFalse();
        assertThat(whole.mayRead(teacher, GP.id(), Sensitivity.STANDARD)).isTrue();
        var own = new AccessDecision(AccessBasis.OWN_ENTRIES, SHIPPED.readableBy(teacher));
        assertThat(own.mayRead(teacher, GP.id(), Sensitivity.STANDARD)).isFalse();
        assertThat(own.mayRead(teacher, SCHOOL.id(), Sensitivity.STANDARD)).isTrue();
    }

    @Test
    void standardNeedsNoGrantAndRolesMustBeReal() {
        assertThatThrownBy(() -> new SensitivityPolicy.Grant(Sensitivity.STANDARD, AgencyType.POLICE, "*"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SensitivityPolicy.Grant(Sensitivity.HEALTH, AgencyType.HEALTH, "NURSE"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
