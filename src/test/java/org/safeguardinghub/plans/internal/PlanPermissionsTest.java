package org.safeguardinghub.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.plans.PlanType;

/** Who may make, change, update, leave, read a plan and record oversight: each answer with its reason. */
class PlanPermissionsTest {

    static final Agency CSC = new Agency(UUID.randomUUID(), "CSC-NORTH", "CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "North");
    static final Agency SCHOOL = new Agency(UUID.randomUUID(), "SCHOOL-NORTH", "School", AgencyType.EDUCATION, "North");
    static final Agency POLICE = new Agency(UUID.randomUUID(), "POLICE-NORTH", "Police", AgencyType.POLICE, "North");

    static Actor.Person person(Agency agency, Role... roles) {
        return new Actor.Person(UUID.randomUUID(), "someone", "Someone", agency, Set.of(roles));
    }

    static final Actor.Person SW = person(CSC, Role.SOCIAL_WORKER);
    static final Actor.Person TM = person(CSC, Role.TEAM_MANAGER);
    static final Actor.Person DSL = person(SCHOOL, Role.SAFEGUARDING_LEAD);
    static final PlanPermissions.PlanParties PLAN = new PlanPermissions.PlanParties(SW.practitionerId(), CSC.id(),
            Set.of(CSC.id(), SCHOOL.id()));

    @Test
    void socialCareWorkingWithTheChildMakesAnyPlanOthersInTheNetworkOnlyEarlyHelp() {
        assertThat(PlanPermissions.make(SW, AccessBasis.ALLOCATED, PlanType.CHILD_PROTECTION_PLAN).reason())
                .isEqualTo("plan.permission.socialCare");
        assertThat(PlanPermissions.make(TM, AccessBasis.RESPONSIBLE_SOCIAL_CARE, PlanType.CARE_PLAN).allowed()).isTrue();
        assertThat(PlanPermissions.make(DSL, AccessBasis.PROFESSIONAL_NETWORK, PlanType.EARLY_HELP_PLAN).reason())
                .isEqualTo("plan.permission.earlyHelp");
        assertThat(PlanPermissions.make(DSL, AccessBasis.PROFESSIONAL_NETWORK, PlanType.CHILD_PROTECTION_PLAN).reason())
                .isEqualTo("plan.error.earlyHelpOnly");
        assertThat(PlanPermissions.make(DSL, AccessBasis.AGENCY_OVERSIGHT, PlanType.EARLY_HELP_PLAN).reason())
                .isEqualTo("plan.error.mayNotMake");
        // emergency access reads and never acts
        assertThat(PlanPermissions.make(SW, AccessBasis.BREAK_GLASS, PlanType.CHILD_PROTECTION_PLAN).allowed()).isFalse();
    }

    @Test
    void thePlanIsChangedByItsLeadSocialCareAndTheLeadAgencysManagers() {
        assertThat(PlanPermissions.change(SW, AccessBasis.ALLOCATED, PLAN).reason()).isEqualTo("plan.permission.lead");
        assertThat(PlanPermissions.change(TM, AccessBasis.RESPONSIBLE_SOCIAL_CARE, PLAN).reason())
                .isEqualTo("plan.permission.socialCare");
        assertThat(PlanPermissions.change(DSL, AccessBasis.PROFESSIONAL_NETWORK, PLAN).reason()).isEqualTo("plan.error.mayNotChange");
        PlanPermissions.PlanParties schoolLed = new PlanPermissions.PlanParties(UUID.randomUUID(), SCHOOL.id(), Set.of(SCHOOL.id()));
        assertThat(PlanPermissions.change(person(SCHOOL, Role.TEAM_MANAGER), AccessBasis.AGENCY_OVERSIGHT, schoolLed).reason())
                .isEqualTo("plan.permission.leadAgencyManager");
        assertThat(PlanPermissions.change(SW, AccessBasis.BREAK_GLASS, PLAN).allowed()).isFalse();
        assertThat(PlanPermissions.change(new Actor.PartnerSystem("CSC-NORTH", CSC), AccessBasis.PROFESSIONAL_NETWORK, PLAN)
                .allowed()).isFalse();
    }

    @Test
    void progressComesFromThePlansPeopleOrTheAgencyThatOwnsTheAction() {
        assertThat(PlanPermissions.progress(DSL, AccessBasis.PROFESSIONAL_NETWORK, PLAN, SCHOOL.id()).reason())
                .isEqualTo("plan.permission.ownerAgency");
        assertThat(PlanPermissions.progress(DSL, AccessBasis.PROFESSIONAL_NETWORK, PLAN, CSC.id()).reason())
                .isEqualTo("plan.error.notYourAction");
        assertThat(PlanPermissions.progress(new Actor.PartnerSystem("SCHOOL-NORTH", SCHOOL), AccessBasis.OWN_ENTRIES, PLAN,
                SCHOOL.id()).allowed()).isTrue();
        assertThat(PlanPermissions.progress(new Actor.PartnerSystem("SCHOOL-NORTH", SCHOOL), AccessBasis.OWN_ENTRIES, PLAN,
                CSC.id()).allowed()).isFalse();
        assertThat(PlanPermissions.progress(SW, AccessBasis.ALLOCATED, PLAN, SCHOOL.id()).allowed()).isTrue();
    }

    @Test
    void anAgencyLeavesItselfButTheLeadAgencyCannotLeave() {
        assertThat(PlanPermissions.leave(DSL, AccessBasis.PROFESSIONAL_NETWORK, PLAN, SCHOOL.id()).reason())
                .isEqualTo("plan.permission.ownAgency");
        assertThat(PlanPermissions.leave(SW, AccessBasis.ALLOCATED, PLAN, CSC.id()).reason()).isEqualTo("plan.error.leadCannotLeave");
        assertThat(PlanPermissions.leave(person(POLICE, Role.PRACTITIONER), AccessBasis.PROFESSIONAL_NETWORK, PLAN, POLICE.id())
                .reason()).isEqualTo("plan.error.notInvolved");
        assertThat(PlanPermissions.leave(person(POLICE, Role.PRACTITIONER), AccessBasis.PROFESSIONAL_NETWORK, PLAN, SCHOOL.id())
                .allowed()).isFalse();
    }

    @Test
    void aPlanIsReadFromTheWholeRecordOrByAnAgencyInIt() {
        assertThat(PlanPermissions.read(SW, AccessBasis.BREAK_GLASS, Set.of()).allowed()).isTrue();
        assertThat(PlanPermissions.read(new Actor.PartnerSystem("SCHOOL-NORTH", SCHOOL), AccessBasis.OWN_ENTRIES, PLAN.agencies())
                .reason()).isEqualTo("plan.permission.involved");
        assertThat(PlanPermissions.read(new Actor.PartnerSystem("POLICE-NORTH", POLICE), AccessBasis.OWN_ENTRIES, PLAN.agencies())
                .allowed()).isFalse();
        assertThat(PlanPermissions.read(DSL, AccessBasis.NO_ACCESS, PLAN.agencies()).allowed()).isFalse();
    }

    @Test
    void oversightIsRecordedByAManagerOfSocialCareOrOfTheLeadAgency() {
        assertThat(PlanPermissions.recordOversight(TM, AccessBasis.RESPONSIBLE_SOCIAL_CARE, Set.of(CSC.id())).reason())
                .isEqualTo("plan.oversight.permission.manager");
        assertThat(PlanPermissions.recordOversight(SW, AccessBasis.ALLOCATED, Set.of(CSC.id())).allowed()).isFalse();
        assertThat(PlanPermissions.recordOversight(person(SCHOOL, Role.TEAM_MANAGER), AccessBasis.AGENCY_OVERSIGHT,
                Set.of(SCHOOL.id())).allowed()).isTrue();
        assertThat(PlanPermissions.recordOversight(person(SCHOOL, Role.TEAM_MANAGER), AccessBasis.AGENCY_OVERSIGHT,
                Set.of(CSC.id())).allowed()).isFalse();
        assertThat(PlanPermissions.recordOversight(TM, AccessBasis.BREAK_GLASS, Set.of(CSC.id())).allowed()).isFalse();
    }
}
