package org.safeguardinghub.frontdoor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** DECISION_OVERDUE at, just before and just after a contact's deadline. */
class DecisionOverdueTest {

    static final Instant DUE = Instant.parse("2026-08-26T15:55:00Z");
    static final UUID SCHOOL = UUID.randomUUID();

    static DecisionOverdue.Waiting waiting(String reference, Instant due) {
        return new DecisionOverdue.Waiting(reference, UUID.randomUUID(), SCHOOL, due);
    }

    @Test
    void notOverdueBeforeTheDeadlineAndLooksAgainThen() {
        DecisionOverdue.Outcome outcome = DecisionOverdue.evaluate(List.of(waiting("C-1", DUE)), DUE.minusSeconds(1));
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.nextDue()).contains(DUE);
    }

    @Test
    void aDecisionAtTheVeryDeadlineIsInTime() {
        assertThat(DecisionOverdue.evaluate(List.of(waiting("C-1", DUE)), DUE).met()).isFalse();
    }

    @Test
    void overdueJustAfterTheDeadlineWithTheContactAsEvidence() {
        DecisionOverdue.Waiting contact = waiting("C-1", DUE);
        DecisionOverdue.Outcome outcome = DecisionOverdue.evaluate(List.of(contact), DUE.plusSeconds(1));
        assertThat(outcome.met()).isTrue();
        assertThat(outcome.evidence()).containsExactly(contact.eventId());
        assertThat(outcome.agencies()).containsExactly(SCHOOL);
        assertThat(outcome.nextDue()).isEmpty();
    }

    @Test
    void onlyTheOverdueContactsAreEvidenceAndTheNextDeadlineIsKept() {
        DecisionOverdue.Waiting late = waiting("C-1", DUE);
        DecisionOverdue.Waiting later = waiting("C-2", DUE.plus(Duration.ofHours(5)));
        DecisionOverdue.Outcome outcome = DecisionOverdue.evaluate(List.of(later, late), DUE.plus(Duration.ofHours(1)));
        assertThat(outcome.overdue()).containsExactly(late);
        assertThat(outcome.nextDue()).contains(later.due());
    }

    @Test
    void nothingWaitingIsNeverOverdue() {
        assertThat(DecisionOverdue.evaluate(List.of(), DUE).met()).isFalse();
    }
}
