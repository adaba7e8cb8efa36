package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.AccessScope;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.ChildInvolvement;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Sensitivity;

/** Who may open a child's record (issue "Foundation", access first cut). */
class ChildAccessPolicyTest {

    static final Agency CSC_NORTH = new Agency(UUID.randomUUID(), "CSC-NORTH", "North CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "North");
    static final Agency CSC_SOUTH = new Agency(UUID.randomUUID(), "CSC-SOUTH", "South CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "South");
    static final Agency POLICE_NORTH = new Agency(UUID.randomUUID(), "POLICE-NORTH", "North police", AgencyType.POLICE, "North");
    static final Agency ED_SOUTH = new Agency(UUID.randomUUID(), "ED-SOUTH", "South ED", AgencyType.HEALTH, "South");
    static final List<Agency> AGENCIES = List.of(CSC_NORTH, CSC_SOUTH, POLICE_NORTH, ED_SOUTH);

    final ChildAccessPolicy policy = new ChildAccessPolicy();

    static Actor.Person practitioner(Agency agency, Role... roles) {
        return new Actor.Person(UUID.randomUUID(), "someone", "Some One", agency, Set.of(roles));
    }

    @Test
    void aPractitionerNamedInTheNetworkMayOpenTheRecord() {
        var nurse = practitioner(ED_SOUTH, Role.SAFEGUARDING_LEAD);
        var involvement = new ChildInvolvement(Set.of(nurse.practitionerId()), Set.of(ED_SOUTH.id()));
        assertThat(policy.decide(nurse, involvement, AGENCIES)).isEqualTo(AccessBasis.PROFESSIONAL_NETWORK);
    }

    @Test
    void aColleagueOfANetworkMemberMayNot() {
        var otherNurse = practitioner(ED_SOUTH, Role.PRACTITIONER);
        var involvement = new ChildInvolvement(Set.of(UUID.randomUUID()), Set.of(ED_SOUTH.id()));
        assertThat(policy.decide(otherNurse, involvement, AGENCIES)).isEqualTo(AccessBasis.NO_ACCESS);
    }

    @Test
    void managersAndSafeguardingLeadsOverseeTheChildrenTheirAgencyWorksWith() {
        var involvement = new ChildInvolvement(Set.of(UUID.randomUUID()), Set.of(ED_SOUTH.id()));
        for (Role role : new Role[] {Role.SAFEGUARDING_LEAD, Role.TEAM_MANAGER, Role.SENIOR_MANAGER}) {
            assertThat(policy.decide(practitioner(ED_SOUTH, role), involvement, AGENCIES)).as(role.name())
                    .isEqualTo(AccessBasis.AGENCY_OVERSIGHT);
            // but not the children of another agency in the same area
            assertThat(policy.decide(practitioner(POLICE_NORTH, role), new ChildInvolvement(Set.of(), Set.of(CSC_NORTH.id())),
                    AGENCIES)).as(role.name()).isEqualTo(AccessBasis.NO_ACCESS);
        }
    }

    @Test
    void childrensSocialCareSeesChildrenItsAreasAgenciesWorkWith() {
        var socialWorker = practitioner(CSC_NORTH, Role.SOCIAL_WORKER);
        var policeInvolved = new ChildInvolvement(Set.of(), Set.of(POLICE_NORTH.id()));
        assertThat(policy.decide(socialWorker, policeInvolved, AGENCIES)).isEqualTo(AccessBasis.AREA_CHILDRENS_SOCIAL_CARE);
        var southOnly = new ChildInvolvement(Set.of(), Set.of(ED_SOUTH.id()));
        assertThat(policy.decide(socialWorker, southOnly, AGENCIES)).isEqualTo(AccessBasis.NO_ACCESS);
        assertThat(policy.decide(practitioner(CSC_SOUTH, Role.SOCIAL_WORKER), southOnly, AGENCIES))
                .isEqualTo(AccessBasis.AREA_CHILDRENS_SOCIAL_CARE);
    }

    @Test
    void administratorsMayOpenAnyRecord() {
        assertThat(policy.decide(practitioner(POLICE_NORTH, Role.ADMINISTRATOR), ChildInvolvement.none(), AGENCIES))
                .isEqualTo(AccessBasis.ADMINISTRATOR);
    }

    @Test
    void aPartnerSystemReadsChildrenItsAgencyIsInvolvedWith() {
        var client = new Actor.PartnerSystem("POLICE-NORTH", POLICE_NORTH);
        assertThat(policy.decide(client, new ChildInvolvement(Set.of(), Set.of(POLICE_NORTH.id())), AGENCIES))
                .isEqualTo(AccessBasis.AGENCY_INVOLVED);
        // the same area is not enough for a partner system: only its own agency counts
        assertThat(policy.decide(client, new ChildInvolvement(Set.of(), Set.of(CSC_NORTH.id())), AGENCIES))
                .isEqualTo(AccessBasis.NO_ACCESS);
    }

    @Test
    void noInvolvementMeansNoAccessForEveryoneButAdministrators() {
        for (Actor viewer : List.of(practitioner(CSC_NORTH, Role.TEAM_MANAGER, Role.SENIOR_MANAGER),
                practitioner(POLICE_NORTH, Role.SAFEGUARDING_LEAD), new Actor.PartnerSystem("ED-SOUTH", ED_SOUTH))) {
            assertThat(policy.decide(viewer, ChildInvolvement.none(), AGENCIES)).isEqualTo(AccessBasis.NO_ACCESS);
        }
    }

    @Test
    void restrictedEntriesAreReadableOnlyByTheirRecordingAgency() {
        var police = practitioner(POLICE_NORTH, Role.PRACTITIONER);
        assertThat(policy.canRead(police, ED_SOUTH.id(), Sensitivity.STANDARD)).isTrue();
        assertThat(policy.canRead(police, ED_SOUTH.id(), Sensitivity.HEALTH)).isFalse();
        assertThat(policy.canRead(police, ED_SOUTH.id(), Sensitivity.SEXUAL_HEALTH)).isFalse();
        assertThat(policy.canRead(police, POLICE_NORTH.id(), Sensitivity.POLICE_INTELLIGENCE)).isTrue();
        assertThat(policy.canRead(practitioner(CSC_NORTH, Role.ADMINISTRATOR), POLICE_NORTH.id(),
                Sensitivity.POLICE_INTELLIGENCE)).isFalse();
    }

    @Test
    void onlyTheCaseHoldersAddOtherAgenciesToTheNetwork() {
        assertThat(policy.mayAddToNetwork(practitioner(POLICE_NORTH, Role.PRACTITIONER), POLICE_NORTH)).isTrue();
        assertThat(policy.mayAddToNetwork(practitioner(POLICE_NORTH, Role.PRACTITIONER), ED_SOUTH)).isFalse();
        assertThat(policy.mayAddToNetwork(practitioner(CSC_NORTH, Role.SOCIAL_WORKER), ED_SOUTH)).isTrue();
        assertThat(policy.mayAddToNetwork(new Actor.PartnerSystem("ED-SOUTH", ED_SOUTH), ED_SOUTH)).isFalse();
    }

    @Property
    void theScopeAndTheDecisionAlwaysAgree(@ForAll boolean inNetwork, @ForAll boolean policeInvolved,
                                          @ForAll boolean southInvolved, @ForAll("viewers") Actor viewer) {
        UUID me = viewer instanceof Actor.Person p ? p.practitionerId() : UUID.randomUUID();
        var involvement = new ChildInvolvement(inNetwork ? Set.of(me) : Set.of(),
                union(policeInvolved ? Set.of(POLICE_NORTH.id()) : Set.of(), southInvolved ? Set.of(ED_SOUTH.id()) : Set.of()));
        AccessScope scope = policy.scopeOf(viewer, AGENCIES);
        boolean coveredByScope = scope.everything()
                || (scope.practitionerId() != null && involvement.practitionerIds().contains(scope.practitionerId()))
                || involvement.agencyIds().stream().anyMatch(scope.agencyIds()::contains);
        assertThat(policy.decide(viewer, involvement, AGENCIES) != AccessBasis.NO_ACCESS).isEqualTo(coveredByScope);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Actor> viewers() {
        return net.jqwik.api.Arbitraries.of(
                practitioner(CSC_NORTH, Role.SOCIAL_WORKER), practitioner(CSC_SOUTH, Role.MASH_OFFICER),
                practitioner(POLICE_NORTH, Role.PRACTITIONER), practitioner(ED_SOUTH, Role.ADMINISTRATOR),
                practitioner(ED_SOUTH, Role.SAFEGUARDING_LEAD), practitioner(POLICE_NORTH, Role.TEAM_MANAGER),
                new Actor.PartnerSystem("POLICE-NORTH", POLICE_NORTH), new Actor.PartnerSystem("ED-SOUTH", ED_SOUTH));
    }

    private static Set<UUID> union(Set<UUID> a, Set<UUID> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
