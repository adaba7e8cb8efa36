package org.safeguardinghub.chronology.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;

/** Who may add to and end memberships of a child's professional network. */
class NetworkPermissionsTest {

    static final Agency CSC = new Agency(UUID.randomUUID(), "CSC-NORTH", "CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "North");
    static final Agency YOUTH = new Agency(UUID.randomUUID(), "VCS-NORTH", "Youth service", AgencyType.VOLUNTARY, "North");
    static final Agency GP = new Agency(UUID.randomUUID(), "GP-NORTH", "GP", AgencyType.HEALTH, "North");

    static Actor.Person person(Agency agency, Role... roles) {
        return new Actor.Person(UUID.randomUUID(), "x", "X", agency, Set.of(roles));
    }

    @Test
    void colleaguesAreAddedByAnyoneWhoWorksWithTheChildOthersBySocialCare() {
        var youthWorker = person(YOUTH, Role.PRACTITIONER);
        assertThat(NetworkPermissions.add(youthWorker, AccessBasis.PROFESSIONAL_NETWORK, YOUTH, false).allowed()).isTrue();
        assertThat(NetworkPermissions.add(youthWorker, AccessBasis.PROFESSIONAL_NETWORK, GP, false).reason())
                .isEqualTo("network.error.notAllowed");
        assertThat(NetworkPermissions.add(person(CSC, Role.SOCIAL_WORKER), AccessBasis.ALLOCATED, GP, false).allowed()).isTrue();
    }

    @Test
    void emergencyAccessAndOwnEntriesNeverChangeTheNetwork() {
        var nurse = person(GP, Role.PRACTITIONER);
        assertThat(NetworkPermissions.add(nurse, AccessBasis.BREAK_GLASS, GP, false).reason()).isEqualTo("network.error.noRelationship");
        assertThat(NetworkPermissions.add(nurse, AccessBasis.OWN_ENTRIES, GP, false).allowed()).isFalse();
        assertThat(NetworkPermissions.add(new Actor.PartnerSystem("gp", GP), AccessBasis.PROFESSIONAL_NETWORK, GP, false)
                .allowed()).isFalse();
    }

    @Test
    void onlyATeamManagerOfSocialCareAllocatesOrEndsAnAllocation() {
        var manager = person(CSC, Role.TEAM_MANAGER);
        var worker = person(CSC, Role.SOCIAL_WORKER);
        assertThat(NetworkPermissions.add(manager, AccessBasis.RESPONSIBLE_SOCIAL_CARE, CSC, true).allowed()).isTrue();
        assertThat(NetworkPermissions.add(worker, AccessBasis.ALLOCATED, CSC, true).reason()).isEqualTo("network.error.allocate");
        assertThat(NetworkPermissions.add(manager, AccessBasis.RESPONSIBLE_SOCIAL_CARE, GP, true).allowed())
                .as("only social care is allocated").isFalse();
        var allocation = new NetworkPermissions.Membership(CSC, worker.practitionerId(), true);
        assertThat(NetworkPermissions.end(worker, AccessBasis.ALLOCATED, allocation).reason()).isEqualTo("network.error.allocated");
        assertThat(NetworkPermissions.end(manager, AccessBasis.RESPONSIBLE_SOCIAL_CARE, allocation).allowed()).isTrue();
    }

    @Test
    void aYouthWorkerCannotRemoveTheSocialWorkerButMayEndTheirOwnInvolvement() {
        var youthWorker = person(YOUTH, Role.PRACTITIONER);
        var socialWorker = new NetworkPermissions.Membership(CSC, UUID.randomUUID(), false);
        assertThat(NetworkPermissions.end(youthWorker, AccessBasis.PROFESSIONAL_NETWORK, socialWorker).reason())
                .isEqualTo("network.error.endNotAllowed");
        var own = new NetworkPermissions.Membership(YOUTH, youthWorker.practitionerId(), false);
        assertThat(NetworkPermissions.end(youthWorker, AccessBasis.PROFESSIONAL_NETWORK, own).allowed()).isTrue();
        var colleague = new NetworkPermissions.Membership(YOUTH, UUID.randomUUID(), false);
        assertThat(NetworkPermissions.end(person(YOUTH, Role.TEAM_MANAGER), AccessBasis.AGENCY_OVERSIGHT, colleague).allowed())
                .isTrue();
        assertThat(NetworkPermissions.end(youthWorker, AccessBasis.PROFESSIONAL_NETWORK, colleague).allowed()).isFalse();
    }
}
