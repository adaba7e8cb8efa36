package org.safeguardinghub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.AccessScope;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.access.ChildRelations.Grant;
import org.safeguardinghub.access.ChildRelations.GrantKind;
import org.safeguardinghub.access.ChildRelations.Member;
import org.safeguardinghub.access.Role;

/** Who may open a child's record: from a current relationship, never from a role or agency alone (issue 12). */
class ChildAccessPolicyTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final Agency CSC_NORTH = new Agency(UUID.randomUUID(), "CSC-NORTH", "North CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "North");
    static final Agency CSC_SOUTH = new Agency(UUID.randomUUID(), "CSC-SOUTH", "South CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "South");
    static final Agency POLICE_NORTH = new Agency(UUID.randomUUID(), "POLICE-NORTH", "North police", AgencyType.POLICE, "North");
    static final Agency HOME_SOUTH = new Agency(UUID.randomUUID(), "HOME-SOUTH", "South home", AgencyType.CARE_PROVIDER, "South");
    static final Agency ED_SOUTH = new Agency(UUID.randomUUID(), "ED-SOUTH", "South ED", AgencyType.HEALTH, "South");
    static final List<Agency> AGENCIES = List.of(CSC_NORTH, CSC_SOUTH, POLICE_NORTH, HOME_SOUTH, ED_SOUTH);

    final ChildAccessPolicy policy = new ChildAccessPolicy();

    static Actor.Person practitioner(Agency agency, Role... roles) {
        return new Actor.Person(UUID.randomUUID(), "someone", "Some One", agency, Set.of(roles));
    }

    static ChildRelations relations(List<Member> members, Set<UUID> involved, Set<UUID> recording, List<Grant> grants) {
        return new ChildRelations(members, involved, recording, grants);
    }

    AccessBasis decide(Actor actor, ChildRelations relations) {
        return policy.decide(actor, relations, AGENCIES, NOW);
    }

    @Test
    void theAllocatedSocialWorkerAndAnyoneNamedInTheNetworkOpenTheRecord() {
        var worker = practitioner(CSC_NORTH, Role.SOCIAL_WORKER);
        var nurse = practitioner(ED_SOUTH, Role.PRACTITIONER);
        var named = relations(List.of(new Member(worker.practitionerId(), CSC_NORTH.id(), true),
                new Member(nurse.practitionerId(), ED_SOUTH.id(), false)), Set.of(CSC_NORTH.id(), ED_SOUTH.id()),
                Set.of(CSC_NORTH.id(), ED_SOUTH.id()), List.of());
        assertThat(decide(worker, named)).isEqualTo(AccessBasis.ALLOCATED);
        assertThat(decide(nurse, named)).isEqualTo(AccessBasis.PROFESSIONAL_NETWORK);
        assertThat(decide(practitioner(ED_SOUTH, Role.PRACTITIONER), named)).as("a colleague of the nurse")
                .isEqualTo(AccessBasis.NO_ACCESS);
    }

    @Test
    void sendingEventsGivesTheAgencyItsOwnEntriesAndNothingElse() {
        var sentOnly = relations(List.of(), Set.of(HOME_SOUTH.id()), Set.of(HOME_SOUTH.id()), List.of());
        for (Role role : List.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.SAFEGUARDING_LEAD)) {
            assertThat(decide(practitioner(HOME_SOUTH, role), sentOnly)).as(role.name()).isEqualTo(AccessBasis.OWN_ENTRIES);
        }
        // the home's other staff, its administrator and its data protection officer need a relationship of their own
        for (Role role : List.of(Role.PRACTITIONER, Role.SOCIAL_WORKER, Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER)) {
            assertThat(decide(practitioner(HOME_SOUTH, role), sentOnly)).as(role.name()).isEqualTo(AccessBasis.NO_ACCESS);
        }
        assertThat(decide(new Actor.PartnerSystem("home-south", HOME_SOUTH), sentOnly)).isEqualTo(AccessBasis.OWN_ENTRIES);
        assertThat(AccessBasis.OWN_ENTRIES.wholeRecord()).isFalse();
        assertThat(decide(practitioner(POLICE_NORTH, Role.PRACTITIONER), sentOnly)).isEqualTo(AccessBasis.NO_ACCESS);
    }

    @Test
    void aPartnerSystemOpensTheWholeRecordWhenOneOfItsAgencysPractitionersIsNamed() {
        var named = relations(List.of(new Member(UUID.randomUUID(), POLICE_NORTH.id(), false)), Set.of(POLICE_NORTH.id()),
                Set.of(POLICE_NORTH.id()), List.of());
        assertThat(decide(new Actor.PartnerSystem("police-north", POLICE_NORTH), named)).isEqualTo(AccessBasis.PROFESSIONAL_NETWORK);
        assertThat(decide(new Actor.PartnerSystem("ed-south", ED_SOUTH), named)).isEqualTo(AccessBasis.NO_ACCESS);
    }

    @Test
    void childrensSocialCareOfTheAreaSeesTheChildOnlyInARoleThatNeedsIt() {
        var policeInvolved = relations(List.of(), Set.of(POLICE_NORTH.id()), Set.of(POLICE_NORTH.id()), List.of());
        for (Role role : List.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.SAFEGUARDING_LEAD)) {
            assertThat(decide(practitioner(CSC_NORTH, role), policeInvolved)).as(role.name())
                    .isEqualTo(AccessBasis.RESPONSIBLE_SOCIAL_CARE);
        }
        for (Role role : List.of(Role.SOCIAL_WORKER, Role.PRACTITIONER, Role.MASH_OFFICER, Role.PARTNERSHIP_ANALYST,
                Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER)) {
            assertThat(decide(practitioner(CSC_NORTH, role), policeInvolved)).as(role.name()).isEqualTo(AccessBasis.NO_ACCESS);
        }
        assertThat(decide(practitioner(CSC_SOUTH, Role.TEAM_MANAGER), policeInvolved)).as("another area")
                .isEqualTo(AccessBasis.NO_ACCESS);
    }

    @Test
    void managersOfAnAgencyOverseeTheirPractitionersWorkButNotWhatTheAgencyMerelySent() {
        var named = relations(List.of(new Member(UUID.randomUUID(), ED_SOUTH.id(), false)), Set.of(ED_SOUTH.id()),
                Set.of(ED_SOUTH.id()), List.of());
        var sent = relations(List.of(), Set.of(ED_SOUTH.id()), Set.of(ED_SOUTH.id()), List.of());
        var lead = practitioner(ED_SOUTH, Role.SAFEGUARDING_LEAD);
        assertThat(decide(lead, named)).isEqualTo(AccessBasis.AGENCY_OVERSIGHT);
        assertThat(decide(lead, sent)).isEqualTo(AccessBasis.OWN_ENTRIES);
    }

    @Test
    void theMashOpensTheRecordWhileItsContactIsOpen() {
        var mash = practitioner(CSC_NORTH, Role.MASH_OFFICER);
        var open = relations(List.of(), Set.of(POLICE_NORTH.id()), Set.of(POLICE_NORTH.id()),
                List.of(new Grant(GrantKind.MASH, CSC_NORTH.id(), null, Set.of(Role.MASH_OFFICER, Role.TEAM_MANAGER), null)));
        assertThat(decide(mash, open)).isEqualTo(AccessBasis.MASH_OPEN_CONTACT);
        assertThat(decide(practitioner(CSC_NORTH, Role.TEAM_MANAGER), open))
                .as("the area's team manager keeps the standing relationship while the MASH's grant lasts")
                .isEqualTo(AccessBasis.RESPONSIBLE_SOCIAL_CARE);
        assertThat(decide(practitioner(CSC_NORTH, Role.SOCIAL_WORKER), open)).isEqualTo(AccessBasis.NO_ACCESS);
        assertThat(decide(practitioner(CSC_SOUTH, Role.MASH_OFFICER), open)).isEqualTo(AccessBasis.NO_ACCESS);
        assertThat(decide(new Actor.PartnerSystem("csc-north", CSC_NORTH), open)).as("the MASH's grant is its people's")
                .isEqualTo(AccessBasis.NO_ACCESS);
    }

    /** Contract v1.1: the agency that made a contact is part of it while it is open; its systems read, its people do not. */
    @Test
    void theReferrersSystemReadsTheRecordWhileItsContactIsOpen() {
        var referrer = new Grant(GrantKind.MASH, POLICE_NORTH.id(), null, Set.of(), null);
        var open = relations(List.of(), Set.of(POLICE_NORTH.id()), Set.of(POLICE_NORTH.id()), List.of(referrer));
        assertThat(decide(new Actor.PartnerSystem("police-north", POLICE_NORTH), open)).isEqualTo(AccessBasis.MASH_OPEN_CONTACT);
        assertThat(decide(practitioner(POLICE_NORTH, Role.PRACTITIONER), open)).isEqualTo(AccessBasis.NO_ACCESS);
        var closed = relations(List.of(), Set.of(POLICE_NORTH.id()), Set.of(POLICE_NORTH.id()), List.of());
        assertThat(decide(new Actor.PartnerSystem("police-north", POLICE_NORTH), closed)).isEqualTo(AccessBasis.OWN_ENTRIES);
    }

    @Test
    void breakGlassOpensTheRecordUntilItEndsAndForNobodyElse() {
        var nurse = practitioner(ED_SOUTH, Role.PRACTITIONER);
        var grant = new Grant(GrantKind.BREAK_GLASS, ED_SOUTH.id(), nurse.practitionerId(), Set.of(), NOW.plusSeconds(1));
        var granted = relations(List.of(), Set.of(), Set.of(), List.of(grant));
        assertThat(decide(nurse, granted)).isEqualTo(AccessBasis.BREAK_GLASS);
        assertThat(decide(practitioner(ED_SOUTH, Role.PRACTITIONER), granted)).isEqualTo(AccessBasis.NO_ACCESS);
        var expired = relations(List.of(), Set.of(), Set.of(), List.of(new Grant(GrantKind.BREAK_GLASS, ED_SOUTH.id(),
                nurse.practitionerId(), Set.of(), NOW)));
        assertThat(decide(nurse, expired)).as("at the moment it ends").isEqualTo(AccessBasis.NO_ACCESS);
        assertThat(decide(new Actor.PartnerSystem("ed-south", ED_SOUTH), granted)).as("a person's grant, not the agency's")
                .isEqualTo(AccessBasis.NO_ACCESS);
    }

    @Test
    void administratorsOpenNothingByTheirRole() {
        var admin = practitioner(CSC_NORTH, Role.ADMINISTRATOR);
        var involved = relations(List.of(), Set.of(POLICE_NORTH.id(), CSC_SOUTH.id()),
                Set.of(POLICE_NORTH.id(), CSC_NORTH.id()), List.of());
        assertThat(decide(admin, involved)).as("even where the administrator's agency recorded about the child")
                .isEqualTo(AccessBasis.NO_ACCESS);
    }

    @Property
    void nobodyWithoutARelationshipOpensAnything(@ForAll("actors") Actor actor) {
        assertThat(decide(actor, ChildRelations.none())).isEqualTo(AccessBasis.NO_ACCESS);
    }

    @Property
    void theListScopeNeverMissesAChildTheActorMayOpen(@ForAll("actors") Actor actor, @ForAll("relationsOf") ChildRelations relations) {
        AccessBasis basis = decide(actor, relations);
        AccessScope scope = policy.scopeOf(actor, AGENCIES);
        boolean inScope = relations.members().stream().anyMatch(m -> m.practitionerId().equals(scope.practitionerId()))
                || relations.recordingAgencies().contains(scope.agencyId())
                || relations.recordingAgencies().stream().anyMatch(scope.servedAgencies()::contains)
                || relations.grants().stream().anyMatch(g -> scope.agencyId().equals(g.agencyId())
                        || g.practitionerId() != null && g.practitionerId().equals(scope.practitionerId()));
        if (basis != AccessBasis.NO_ACCESS) {
            assertThat(inScope).as("%s may open (%s) but the list scope would leave the child out", actor, basis).isTrue();
        }
    }

    @Test
    void aMissingEpisodeGrantShowsAPoliceForceTheMissingProfileAndEpisodesButNotTheWholeRecord() {
        var officer = practitioner(POLICE_NORTH, Role.PRACTITIONER);
        var missing = new Grant(GrantKind.MISSING, POLICE_NORTH.id(), null, Set.of(Role.PRACTITIONER, Role.SAFEGUARDING_LEAD),
                NOW.plusSeconds(3600));
        var child = relations(List.of(), Set.of(HOME_SOUTH.id()), Set.of(HOME_SOUTH.id()), List.of(missing));
        assertThat(decide(officer, child)).isEqualTo(AccessBasis.MISSING_EPISODE);
        assertThat(AccessBasis.MISSING_EPISODE.wholeRecord()).isFalse();
        // the grant is to the force's police roles, so it is its officers', not its partner system's (as the MASH's)
        assertThat(decide(new Actor.PartnerSystem("police-north", POLICE_NORTH), child)).isEqualTo(AccessBasis.NO_ACCESS);
        assertThat(decide(practitioner(ED_SOUTH, Role.PRACTITIONER), child)).as("another agency").isEqualTo(AccessBasis.NO_ACCESS);
        var lapsed = relations(List.of(), Set.of(HOME_SOUTH.id()), Set.of(HOME_SOUTH.id()), List.of(new Grant(GrantKind.MISSING,
                POLICE_NORTH.id(), null, Set.of(Role.PRACTITIONER), NOW.minusSeconds(1))));
        assertThat(decide(officer, lapsed)).isEqualTo(AccessBasis.NO_ACCESS);
    }

    @Test
    void ofTwoGrantsTheOneThatOpensMoreCounts() {
        var officer = practitioner(POLICE_NORTH, Role.PRACTITIONER);
        var missing = new Grant(GrantKind.MISSING, POLICE_NORTH.id(), null, Set.of(Role.PRACTITIONER), null);
        var meeting = new Grant(GrantKind.MEETING, POLICE_NORTH.id(), officer.practitionerId(), Set.of(), null);
        for (List<Grant> grants : List.of(List.of(missing, meeting), List.of(meeting, missing))) {
            assertThat(decide(officer, relations(List.of(), Set.of(), Set.of(), grants))).isEqualTo(AccessBasis.MEETING);
        }
    }

    @Provide
    Arbitrary<Actor> actors() {
        Arbitrary<Actor> people = Arbitraries.of(AGENCIES).flatMap(agency -> Arbitraries.subsetOf(EnumSet.allOf(Role.class))
                .ofMinSize(1).map(roles -> (Actor) new Actor.Person(UUID.randomUUID(), "p", "P", agency, roles)));
        Arbitrary<Actor> systems = Arbitraries.of(AGENCIES).map(a -> new Actor.PartnerSystem(a.code(), a));
        return Arbitraries.oneOf(people, systems);
    }

    @Provide
    Arbitrary<ChildRelations> relationsOf() {
        Arbitrary<Set<Agency>> agencies = Arbitraries.subsetOf(AGENCIES);
        return agencies.map(set -> relations(set.stream().map(a -> new Member(UUID.randomUUID(), a.id(), false)).toList(),
                ids(set), ids(set), List.of()));
    }

    static Set<UUID> ids(Set<Agency> agencies) {
        return agencies.stream().map(Agency::id).collect(java.util.stream.Collectors.toSet());
    }
}
