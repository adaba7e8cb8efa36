package org.safeguardinghub.plans.internal;

import java.util.ArrayList;
import java.util.List;

import org.safeguardinghub.plans.Plan;
import org.springframework.stereotype.Component;

/**
 * The multi-agency reviews of a plan, as {@link WithdrawalRule} weighs them: the finalised meetings
 * about the child of a kind that reviews the plan ({@link MeetingPlanPolicy#reviews}), with the
 * agencies that attended, and the plan's own reviews, with the agencies they record as consulted.
 */
@Component
public class MultiAgencyReviews {

    static final String PLAN_REVIEW = "plan.reviewKind.planReview";

    private final ReviewStore reviews;

    MultiAgencyReviews(ReviewStore reviews) {
        this.reviews = reviews;
    }

    public List<WithdrawalRule.Held> of(Plan plan) {
        List<WithdrawalRule.Held> held = new ArrayList<>();
        reviews.meetingsOf(plan.child()).stream()
                .filter(m -> MeetingPlanPolicy.reviews(m.type()).contains(plan.type()))
                .forEach(m -> held.add(new WithdrawalRule.Held(m.heldOn(), m.attended(), "plan.meetingType." + m.type())));
        reviews.ofPlan(plan.id())
                .forEach(r -> held.add(new WithdrawalRule.Held(r.heldOn(), r.consulted(), PLAN_REVIEW)));
        return held;
    }
}
