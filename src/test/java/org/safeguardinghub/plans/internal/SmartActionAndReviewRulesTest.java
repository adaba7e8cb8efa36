package org.safeguardinghub.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.plans.internal.DriftRuleProperties.CALENDAR;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.plans.PlanType;
import org.safeguardinghub.plans.ReviewDecision;
import org.safeguardinghub.shared.DateInput;

/**
 * Bad input is refused with a reason per field (issue 15, "Done when"): an action without an owner
 * or a date, a due date before the plan started, a review before the plan started or the last
 * review, or in the future; a next review later than the statutory date; and the review dates
 * themselves at their statutory boundaries.
 */
class SmartActionAndReviewRulesTest {

    static final LocalDate STARTED = LocalDate.of(2026, 3, 2);
    static final UUID SCHOOL = UUID.randomUUID();
    static final ReviewTimescale TIMESCALE = new ReviewTimescale(Period.ofMonths(3), Period.ofMonths(3), Period.ofWeeks(6));

    static SmartActionRule.Proposed action(SmartActionRule.Owner owner, DateInput due) {
        return new SmartActionRule.Proposed("Breakfast club every school day", owner, due, "On the register",
                "Ava is less hungry");
    }

    @Test
    void anActionWithoutOwnerOrDateIsRefusedFieldByField() {
        var problems = SmartActionRule.problems(action(SmartActionRule.Owner.NOT_CHOSEN, new DateInput("", "", "")), STARTED);
        assertThat(problems).containsEntry("owner", "plan.action.error.owner").containsEntry("due", "plan.action.error.due");
        assertThat(SmartActionRule.problems(action(SmartActionRule.Owner.NOT_IN_NETWORK, DateInput.of(STARTED)), STARTED))
                .containsOnlyKeys("owner").containsEntry("owner", "plan.action.error.ownerNotInNetwork");
    }

    @Test
    void anActionMayBeDueOnTheDayThePlanStartsButNotBefore() {
        assertThat(SmartActionRule.problems(action(SmartActionRule.Owner.IN_NETWORK, DateInput.of(STARTED)), STARTED)).isEmpty();
        assertThat(SmartActionRule.problems(action(SmartActionRule.Owner.IN_NETWORK, DateInput.of(STARTED.minusDays(1))),
                STARTED)).containsEntry("due", "plan.action.error.dueBeforeStart");
        assertThat(SmartActionRule.problems(new SmartActionRule.Proposed(" ", SmartActionRule.Owner.IN_NETWORK,
                DateInput.of(STARTED), "", ""), STARTED)).containsOnlyKeys("what", "doneLooksLike", "workedLooksLike");
    }

    static ReviewRule.Proposed review(LocalDate held, String decision, Set<UUID> consulted, DateInput next) {
        return new ReviewRule.Proposed(DateInput.of(held), List.of(), List.of(), "School attendance up", "Better",
                "Mum says it helps", consulted, decision, "Safe to end", next);
    }

    static ReviewRule.Context context(Optional<LocalDate> last, LocalDate today) {
        return new ReviewRule.Context(STARTED, last, Set.of(SCHOOL), today,
                held -> TIMESCALE.after(PlanType.CHILD_PROTECTION_PLAN, 1, held));
    }

    @Test
    void aReviewBeforeThePlanStartsOrTheLastReviewOrInTheFutureIsRefused() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(ReviewRule.check(review(STARTED.minusDays(1), "CONTINUE", Set.of(), null), context(Optional.empty(), today))
                .problems()).containsEntry("heldOn", "plan.review.error.beforePlanStarted");
        assertThat(ReviewRule.check(review(STARTED, "CONTINUE", Set.of(), null), context(Optional.empty(), today)).valid())
                .isPresent();
        assertThat(ReviewRule.check(review(LocalDate.of(2026, 4, 30), "CONTINUE", Set.of(), null),
                context(Optional.of(LocalDate.of(2026, 5, 1)), today)).problems())
                .containsEntry("heldOn", "plan.review.error.beforeLastReview");
        assertThat(ReviewRule.check(review(today.plusDays(1), "CONTINUE", Set.of(), null), context(Optional.empty(), today))
                .problems()).containsEntry("heldOn", "plan.review.error.inFuture");
    }

    @Test
    void theNextReviewDefaultsToTheStatutoryLatestAndMayNotBeLater() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        var checked = ReviewRule.check(review(today, "CONTINUE", Set.of(), null), context(Optional.empty(), today));
        assertThat(checked.valid().orElseThrow().nextReviewDue()).isEqualTo(today.plusMonths(6));
        assertThat(ReviewRule.check(review(today, "CONTINUE", Set.of(), DateInput.of(today.plusMonths(6))),
                context(Optional.empty(), today)).valid()).isPresent();
        assertThat(ReviewRule.check(review(today, "CONTINUE", Set.of(), DateInput.of(today.plusMonths(6).plusDays(1))),
                context(Optional.empty(), today)).problems()).containsEntry("nextReview", "plan.review.error.nextTooLate");
        assertThat(ReviewRule.check(review(today, "CONTINUE", Set.of(), DateInput.of(today)),
                context(Optional.empty(), today)).problems()).containsEntry("nextReview", "plan.review.error.nextNotAfter");
    }

    @Test
    void endingThePlanAtAReviewNeedsEveryInvolvedAgencyConsulted() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(ReviewRule.check(review(today, ReviewDecision.END.name(), Set.of(), null), context(Optional.empty(), today))
                .problems()).containsEntry("agenciesConsulted", "plan.review.error.notEveryAgency");
        assertThat(ReviewRule.check(review(today, ReviewDecision.END.name(), Set.of(SCHOOL), null),
                context(Optional.empty(), today)).valid()).isPresent();
    }

    @Test
    void reviewDatesFollowTheStatutoryTimescales() {
        assertThat(TIMESCALE.first(PlanType.CHILD_PROTECTION_PLAN, STARTED, CALENDAR).on()).isEqualTo(LocalDate.of(2026, 6, 2));
        // looked after on Thursday 2 April 2026: 20 working days, skipping Good Friday, Easter Monday and 4 May
        assertThat(TIMESCALE.first(PlanType.CARE_PLAN, LocalDate.of(2026, 4, 2), CALENDAR).on())
                .isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(TIMESCALE.after(PlanType.CARE_PLAN, 1, STARTED).on()).isEqualTo(STARTED.plusMonths(3));
        assertThat(TIMESCALE.after(PlanType.CARE_PLAN, 2, STARTED).on()).isEqualTo(STARTED.plusMonths(6));
        var risk = TIMESCALE.first(PlanType.MISSING_TRIGGER_PLAN, STARTED, CALENDAR);
        assertThat(risk.on()).isEqualTo(STARTED.plusWeeks(6));
        assertThat(risk.reasonKey()).isEqualTo("plan.review.reason.localWeeks");
        assertThat(risk.args()).containsExactly(6);
    }
}
