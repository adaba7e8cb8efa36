package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.ContextKind;

/** SHARED_PERSON_OF_CONCERN: met once a person of concern, vehicle, phone or place is linked to a second child. */
class SharedContextRuleTest {

    static final ChildId A = new ChildId(UUID.randomUUID());
    static final ChildId B = new ChildId(UUID.randomUUID());
    static final ChildId C = new ChildId(UUID.randomUUID());

    @Test
    void oneChildAloneDoesNotMeetIt() {
        UUID person = UUID.randomUUID();
        assertThat(SharedContextRule.evaluate(A, List.of(new SharedContextRule.Link(person, ContextKind.PERSON_OF_CONCERN,
                Set.of(A)))).met()).isFalse();
    }

    @Test
    void aSecondChildLinkedToThePersonMeetsItForBoth() {
        UUID person = UUID.randomUUID();
        var link = new SharedContextRule.Link(person, ContextKind.PERSON_OF_CONCERN, Set.of(A, B));
        var forB = SharedContextRule.evaluate(B, List.of(link));
        assertThat(forB.met()).isTrue();
        assertThat(forB.sharedContexts()).containsExactly(person);
        assertThat(forB.otherChildren()).isEqualTo(1);
        assertThat(SharedContextRule.evaluate(A, List.of(link)).met()).isTrue();
    }

    @Test
    void placesVehiclesAndPhonesCountButSchoolsPeerGroupsAndOnlineSpacesDoNot() {
        for (ContextKind kind : ContextKind.values()) {
            boolean met = SharedContextRule.evaluate(A, List.of(new SharedContextRule.Link(UUID.randomUUID(), kind,
                    Set.of(A, B)))).met();
            assertThat(met).as(kind.name()).isEqualTo(kind != ContextKind.SCHOOL && kind != ContextKind.PEER_GROUP
                    && kind != ContextKind.ONLINE_SPACE);
        }
    }

    @Test
    void otherChildrenAreCountedOnceAcrossContexts() {
        var hotel = new SharedContextRule.Link(UUID.randomUUID(), ContextKind.PLACE, Set.of(A, B, C));
        var person = new SharedContextRule.Link(UUID.randomUUID(), ContextKind.PERSON_OF_CONCERN, Set.of(A, B));
        var outcome = SharedContextRule.evaluate(A, List.of(hotel, person));
        assertThat(outcome.otherChildren()).isEqualTo(2);
        assertThat(outcome.sharedContexts()).hasSize(2);
    }
}
