package org.safeguardinghub.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.plans.internal.WithdrawalRule.Held;

/** No withdrawal without review: which reviews count, for leaving and for closing, and when an attempt is answered. */
class WithdrawalRuleTest {

    static final UUID SCHOOL = UUID.randomUUID();
    static final UUID HEALTH = UUID.randomUUID();
    static final LocalDate STARTED = LocalDate.of(2026, 1, 5);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Period WITHIN = Period.ofMonths(3);

    static Held held(LocalDate on, UUID... agencies) {
        return new Held(on, Set.of(agencies), "meeting.type.CORE_GROUP");
    }

    @Test
    void anAgencyWithNoReviewMayNotLeaveAndTheAnswerSaysSo() {
        var outcome = WithdrawalRule.leave(SCHOOL, STARTED, TODAY, WITHIN, List.of(held(TODAY, HEALTH)));
        assertThat(outcome.allowed()).isFalse();
        assertThat(outcome.reasonKey()).isEqualTo("plan.withdrawal.noReview");
        assertThat(outcome.uncovered()).containsExactly(SCHOOL);
    }

    @Test
    void aReviewCountsFromThePlansStartAndThePeriodBackUntilToday() {
        LocalDate earliest = TODAY.minus(WITHIN);
        assertThat(WithdrawalRule.leave(SCHOOL, STARTED, TODAY, WITHIN, List.of(held(earliest, SCHOOL))).allowed()).isTrue();
        assertThat(WithdrawalRule.leave(SCHOOL, STARTED, TODAY, WITHIN, List.of(held(earliest.minusDays(1), SCHOOL)))
                .allowed()).isFalse();
        assertThat(WithdrawalRule.leave(SCHOOL, STARTED, TODAY, WITHIN, List.of(held(TODAY.plusDays(1), SCHOOL)))
                .allowed()).isFalse();
        LocalDate lateStart = TODAY.minusDays(10);
        assertThat(WithdrawalRule.leave(SCHOOL, lateStart, TODAY, WITHIN, List.of(held(lateStart, SCHOOL))).allowed()).isTrue();
        assertThat(WithdrawalRule.leave(SCHOOL, lateStart, TODAY, WITHIN, List.of(held(lateStart.minusDays(1), SCHOOL)))
                .allowed()).isFalse();
    }

    @Test
    void leavingReliesOnTheLatestReviewTheAgencyTookPartIn() {
        Held older = held(TODAY.minusDays(20), SCHOOL);
        Held newer = held(TODAY.minusDays(2), SCHOOL, HEALTH);
        var outcome = WithdrawalRule.leave(SCHOOL, STARTED, TODAY, WITHIN, List.of(older, newer));
        assertThat(outcome.relied()).contains(newer);
        assertThat(outcome.reasonKey()).isEqualTo("plan.withdrawal.reviewed");
    }

    @Test
    void closingNeedsEveryAgencyStillInvolvedCoveredAndSaysHowManyAreNot() {
        var partly = WithdrawalRule.close(Set.of(SCHOOL, HEALTH), STARTED, TODAY, WITHIN, List.of(held(TODAY, SCHOOL)));
        assertThat(partly.allowed()).isFalse();
        assertThat(partly.reasonKey()).isEqualTo("plan.withdrawal.notEveryAgency");
        assertThat(partly.args()).containsExactly(1);
        assertThat(partly.uncovered()).containsExactly(HEALTH);
        assertThat(WithdrawalRule.close(Set.of(SCHOOL, HEALTH), STARTED, TODAY, WITHIN,
                List.of(held(TODAY.minusDays(5), SCHOOL), held(TODAY, HEALTH))).allowed()).isTrue();
        assertThat(WithdrawalRule.close(Set.of(), STARTED, TODAY, WITHIN, List.of()).reasonKey())
                .isEqualTo("plan.withdrawal.noReview");
    }

    @Test
    void aRefusedAttemptIsAnsweredOnlyByAReviewOnOrAfterItThatCoversTheAgency() {
        LocalDate attempted = TODAY.minusDays(3);
        assertThat(WithdrawalRule.answered(attempted, Optional.of(SCHOOL), Set.of(), List.of(held(attempted.minusDays(1), SCHOOL))))
                .isFalse();
        assertThat(WithdrawalRule.answered(attempted, Optional.of(SCHOOL), Set.of(), List.of(held(attempted, HEALTH)))).isFalse();
        assertThat(WithdrawalRule.answered(attempted, Optional.of(SCHOOL), Set.of(), List.of(held(attempted, SCHOOL)))).isTrue();
        assertThat(WithdrawalRule.answered(attempted, Optional.empty(), Set.of(SCHOOL, HEALTH), List.of(held(TODAY, SCHOOL))))
                .isFalse();
        assertThat(WithdrawalRule.answered(attempted, Optional.empty(), Set.of(SCHOOL, HEALTH),
                List.of(held(TODAY, SCHOOL, HEALTH)))).isTrue();
    }
}
