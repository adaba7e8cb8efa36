package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.risk.ContextStep;
import org.safeguardinghub.risk.People;

/** Who screens, who agrees to a lowering, who links children to contexts and works on them, who reads a context. */
class RiskPermissionsTest {

    static final Actor.Person POLICE_OFFICER = People.person("police", People.POLICE, Role.PRACTITIONER);
    static final Actor.Person SOCIAL_WORKER = People.person("sw", People.CSC, Role.SOCIAL_WORKER);
    static final Actor.Person TEAM_MANAGER = People.person("tm", People.CSC, Role.TEAM_MANAGER);
    static final Actor.Person SCHOOL_LEAD = People.person("dsl", People.SCHOOL, Role.SAFEGUARDING_LEAD);
    static final Actor.Person SCHOOL_HEAD = People.person("head", People.SCHOOL, Role.SENIOR_MANAGER);
    static final Actor.Person ADMIN = People.person("admin", People.CSC, Role.ADMINISTRATOR);

    @Test
    void practitionersWhoWorkWithTheChildScreenThem() {
        assertThat(RiskPermissions.screen(POLICE_OFFICER, AccessBasis.PROFESSIONAL_NETWORK))
                .isEqualTo(Permission.allowed("risk.permission.worksWithChild"));
        assertThat(RiskPermissions.screen(SOCIAL_WORKER, AccessBasis.ALLOCATED).allowed()).isTrue();
        assertThat(RiskPermissions.screen(TEAM_MANAGER, AccessBasis.RESPONSIBLE_SOCIAL_CARE).allowed()).isTrue();
    }

    @Test
    void emergencyAccessOwnEntriesAdministratorsAndPartnerSystemsDoNotScreen() {
        assertThat(RiskPermissions.screen(SOCIAL_WORKER, AccessBasis.BREAK_GLASS))
                .isEqualTo(Permission.refused("risk.error.mayNotScreen"));
        assertThat(RiskPermissions.screen(SCHOOL_LEAD, AccessBasis.OWN_ENTRIES).refused()).isTrue();
        assertThat(RiskPermissions.screen(ADMIN, AccessBasis.PROFESSIONAL_NETWORK).refused()).isTrue();
        assertThat(RiskPermissions.screen(new Actor.PartnerSystem("POL", People.POLICE), AccessBasis.PROFESSIONAL_NETWORK)
                .refused()).isTrue();
    }

    @Test
    void aLoweringIsAgreedByAManagerOfTheScreenersAgencyOrOfSocialCareNeverByTheScreener() {
        assertThat(RiskPermissions.agree(TEAM_MANAGER, AccessBasis.RESPONSIBLE_SOCIAL_CARE, "sw", People.CSC.id()))
                .isEqualTo(Permission.allowed("risk.permission.screenersManager"));
        assertThat(RiskPermissions.agree(TEAM_MANAGER, AccessBasis.RESPONSIBLE_SOCIAL_CARE, "dsl", People.SCHOOL.id()))
                .isEqualTo(Permission.allowed("risk.permission.socialCareManager"));
        assertThat(RiskPermissions.agree(SCHOOL_HEAD, AccessBasis.AGENCY_OVERSIGHT, "sw", People.CSC.id()))
                .isEqualTo(Permission.refused("risk.error.notScreenersManager"));
        assertThat(RiskPermissions.agree(TEAM_MANAGER, AccessBasis.RESPONSIBLE_SOCIAL_CARE, "tm", People.CSC.id()))
                .isEqualTo(Permission.refused("risk.error.ownScreening"));
        assertThat(RiskPermissions.agree(SOCIAL_WORKER, AccessBasis.ALLOCATED, "police", People.POLICE.id()))
                .isEqualTo(Permission.refused("risk.error.mayNotAgree"));
        assertThat(RiskPermissions.agree(TEAM_MANAGER, AccessBasis.BREAK_GLASS, "sw", People.CSC.id()).refused()).isTrue();
    }

    @Test
    void anyoneWhoWorksWithChildrenRefersAContextAndLeadsOfSocialCareAndPoliceDoTheRest() {
        assertThat(RiskPermissions.contextWork(SCHOOL_LEAD, ContextStep.REFERRED).allowed()).isTrue();
        assertThat(RiskPermissions.contextWork(SCHOOL_LEAD, ContextStep.ASSESSED))
                .isEqualTo(Permission.refused("risk.error.notContextLead"));
        assertThat(RiskPermissions.contextWork(TEAM_MANAGER, ContextStep.MEETING_HELD).allowed()).isTrue();
        assertThat(RiskPermissions.contextWork(People.person("insp", People.POLICE, Role.SENIOR_MANAGER), null).allowed())
                .isTrue();
        assertThat(RiskPermissions.contextWork(POLICE_OFFICER, ContextStep.CLOSED).refused()).isTrue();
        assertThat(RiskPermissions.contextWork(ADMIN, ContextStep.REFERRED).refused()).isTrue();
    }

    @Test
    void aContextIsReadByItsAgencyAndByThoseWhoMayReadItsSensitivity() {
        UUID police = People.POLICE.id();
        assertThat(RiskPermissions.read(POLICE_OFFICER, police, Sensitivity.POLICE_INTELLIGENCE, Set.of())).isTrue();
        assertThat(RiskPermissions.read(SOCIAL_WORKER, police, Sensitivity.POLICE_INTELLIGENCE, Set.of())).isFalse();
        assertThat(RiskPermissions.read(SOCIAL_WORKER, police, Sensitivity.POLICE_INTELLIGENCE,
                Set.of(Sensitivity.POLICE_INTELLIGENCE))).isTrue();
        assertThat(RiskPermissions.read(SOCIAL_WORKER, police, Sensitivity.STANDARD, Set.of())).isTrue();
        assertThat(RiskPermissions.see(SOCIAL_WORKER, police, false)).isFalse();
        assertThat(RiskPermissions.see(SOCIAL_WORKER, police, true)).isTrue();
        assertThat(RiskPermissions.see(POLICE_OFFICER, police, false)).isTrue();
    }
}
