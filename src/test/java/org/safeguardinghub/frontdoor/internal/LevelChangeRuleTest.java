package org.safeguardinghub.frontdoor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.frontdoor.internal.LevelChangeRule.Kind;
import org.safeguardinghub.frontdoor.internal.LevelChangeRule.Proposal;

/** Step up and step down only by a recorded, reasoned decision; down and closure only after a multi-agency review. */
class LevelChangeRuleTest {

    static final Set<Integer> LEVELS = Set.of(1, 2, 3, 4);
    static final Set<UUID> SCHOOL = Set.of(UUID.randomUUID());

    @Test
    void steppingUpMustRaiseTheLevel() {
        assertThat(LevelChangeRule.problems(new Proposal(Kind.STEP_UP, 3, 4, "Disclosure", false, Set.of()), LEVELS)).isEmpty();
        assertThat(LevelChangeRule.problems(new Proposal(Kind.STEP_UP, 3, 3, "Same", false, Set.of()), LEVELS))
                .containsEntry("to", "level.error.notUp");
        assertThat(LevelChangeRule.problems(new Proposal(Kind.STEP_UP, null, 2, "First", false, Set.of()), LEVELS)).isEmpty();
    }

    @Test
    void steppingDownNeedsALowerLevelAReviewAndTheAgenciesConsulted() {
        assertThat(LevelChangeRule.problems(new Proposal(Kind.STEP_DOWN, 3, 2, "Better", true, SCHOOL), LEVELS)).isEmpty();
        assertThat(LevelChangeRule.problems(new Proposal(Kind.STEP_DOWN, 3, 2, "Better", false, Set.of()), LEVELS))
                .containsEntry("reviewHeld", "level.error.review").containsEntry("agenciesConsulted", "level.error.agencies");
        assertThat(LevelChangeRule.problems(new Proposal(Kind.STEP_DOWN, 2, 3, "Worse", true, SCHOOL), LEVELS))
                .containsEntry("to", "level.error.notDown");
    }

    @Test
    void closingNeedsALevelToCloseAndAReview() {
        assertThat(LevelChangeRule.problems(new Proposal(Kind.CLOSURE, 2, null, "Needs met", true, SCHOOL), LEVELS)).isEmpty();
        assertThat(LevelChangeRule.problems(new Proposal(Kind.CLOSURE, null, null, "x", true, SCHOOL), LEVELS))
                .containsEntry("kind", "level.error.nothingToClose");
        assertThat(LevelChangeRule.problems(new Proposal(Kind.CLOSURE, 2, null, "x", false, SCHOOL), LEVELS))
                .containsEntry("reviewHeld", "level.error.review");
    }

    @Test
    void everyChangeNeedsItsRationaleAndAKnownLevel() {
        assertThat(LevelChangeRule.problems(new Proposal(Kind.STEP_UP, 1, 2, " ", false, Set.of()), LEVELS))
                .containsEntry("rationale", "level.error.rationale");
        assertThat(LevelChangeRule.problems(new Proposal(Kind.STEP_UP, 1, 7, "x", false, Set.of()), LEVELS))
                .containsEntry("to", "level.error.to");
        assertThat(LevelChangeRule.problems(new Proposal(null, 1, 2, "x", false, Set.of()), LEVELS))
                .containsEntry("kind", "level.error.kind");
        // a threshold decision sets the level through its own sign-off, never through this form
        assertThat(LevelChangeRule.problems(new Proposal(Kind.DECISION, 1, 2, "x", false, Set.of()), LEVELS))
                .containsEntry("kind", "level.error.kind");
    }
}
