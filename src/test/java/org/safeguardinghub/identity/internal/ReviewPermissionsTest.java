package org.safeguardinghub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;

/** Who decides whether two records are the same child. */
class ReviewPermissionsTest {

    static final Agency CSC = new Agency(UUID.randomUUID(), "CSC-NORTH", "CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "North");
    static final Agency POLICE = new Agency(UUID.randomUUID(), "POLICE-NORTH", "Police", AgencyType.POLICE, "North");

    static Actor.Person person(Agency agency, Role... roles) {
        return new Actor.Person(UUID.randomUUID(), "x", "X", agency, Set.of(roles));
    }

    @Test
    void theMashDecidesOnlyAboutRecordsItMayBothOpen() {
        assertThat(ReviewPermissions.decide(person(CSC, Role.MASH_OFFICER), true).allowed()).isTrue();
        assertThat(ReviewPermissions.decide(person(CSC, Role.MASH_OFFICER), false).reason()).isEqualTo("review.error.mayNotOpenBoth");
        assertThat(ReviewPermissions.decide(person(CSC, Role.TEAM_MANAGER), true).allowed()).isTrue();
    }

    @Test
    void nobodyElseDecidesNotEvenAnAdministrator() {
        assertThat(ReviewPermissions.decide(person(CSC, Role.ADMINISTRATOR), true).reason()).isEqualTo("review.error.mayNotReview");
        assertThat(ReviewPermissions.decide(person(CSC, Role.SOCIAL_WORKER), true).allowed()).isFalse();
        assertThat(ReviewPermissions.decide(person(POLICE, Role.MASH_OFFICER), true).allowed()).isFalse();
    }
}
