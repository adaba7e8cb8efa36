package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Which children's social care serves which agencies. */
class SocialCareAreasTest {

    static Agency agency(String code, AgencyType type, String area) {
        return new Agency(UUID.randomUUID(), code, code, type, area);
    }

    final Agency cscNorth = agency("CSC-NORTH", AgencyType.CHILDRENS_SOCIAL_CARE, "North");
    final Agency cscSouth = agency("CSC-SOUTH", AgencyType.CHILDRENS_SOCIAL_CARE, "South");
    final Agency policeNorth = agency("POLICE-NORTH", AgencyType.POLICE, "north");
    final Agency gpSouth = agency("GP-SOUTH", AgencyType.HEALTH, "South");
    final List<Agency> all = List.of(cscNorth, cscSouth, policeNorth, gpSouth);

    @Test
    void theSocialCareOfEachAgencysAreaServesIt() {
        assertThat(SocialCareAreas.serving(all, Set.of(policeNorth.id()))).containsExactly(cscNorth.id());
        assertThat(SocialCareAreas.serving(all, Set.of(policeNorth.id(), gpSouth.id())))
                .containsExactlyInAnyOrder(cscNorth.id(), cscSouth.id());
        assertThat(SocialCareAreas.serving(all, Set.of(cscSouth.id()))).containsExactly(cscSouth.id());
        assertThat(SocialCareAreas.serving(all, Set.of())).isEmpty();
    }

    @Test
    void aSocialCareServesTheAgenciesOfItsAreaWhateverTheCase() {
        assertThat(SocialCareAreas.servedBy(cscNorth, all)).containsExactlyInAnyOrder(cscNorth.id(), policeNorth.id());
    }
}
