package org.safeguardinghub.plans.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.safeguardinghub.plans.ActionStatus;
import org.safeguardinghub.plans.Effectiveness;
import org.safeguardinghub.plans.OutcomeStatus;
import org.safeguardinghub.plans.ReviewDecision;
import org.safeguardinghub.shared.DateInput;

/**
 * What a review must record (issue 15, item 3): when it was held (not before the plan started or its
 * last review, not in the future), progress on every open action (its status, what happened, and a
 * judgement of whether it worked when it is done) and on every outcome, what changed, the child's and
 * the family's views, the decision, and who was consulted. A decision that ends the plan (step up,
 * step down, end) needs its reason and every involved agency consulted: no closure without a
 * multi-agency review (seeds 000, "05 The Findings"). The next review is at the latest the
 * statutory or local date; it may be earlier. Plain Java.
 */
public final class ReviewRule {

    public record ActionInput(UUID actionId, String status, String note, String effectiveness) {
    }

    public record OutcomeInput(UUID outcomeId, String status, String progress) {
    }

    public record Proposed(DateInput heldOn, List<ActionInput> actions, List<OutcomeInput> outcomes, String whatChanged,
                           String childsView, String familyView, Set<UUID> consulted, String decision,
                           String decisionNote, DateInput nextReview) {

        public Proposed {
            actions = List.copyOf(actions);
            outcomes = List.copyOf(outcomes);
            consulted = Set.copyOf(consulted);
        }
    }

    /** What the plan is: when it started, when it was last reviewed, who is in it, and how the next date is set. */
    public record Context(LocalDate planStarted, Optional<LocalDate> lastReview, Set<UUID> involved, LocalDate today,
                          Function<LocalDate, ReviewTimescale.Due> latestNext) {
    }

    public record ActionProgress(UUID actionId, ActionStatus status, String note, Effectiveness effectiveness) {
    }

    public record OutcomeProgress(UUID outcomeId, OutcomeStatus status, String progress) {
    }

    public record Valid(LocalDate heldOn, List<ActionProgress> actions, List<OutcomeProgress> outcomes, String whatChanged,
                        String childsView, String familyView, Set<UUID> consulted, ReviewDecision decision,
                        String decisionNote, LocalDate nextReviewDue) {
    }

    public record Checked(Optional<Valid> valid, Map<String, String> problems) {
    }

    private ReviewRule() {
    }

    public static Checked check(Proposed review, Context plan) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<LocalDate> held = heldOn(review.heldOn(), plan, problems);
        List<ActionProgress> actions = actions(review.actions(), problems);
        List<OutcomeProgress> outcomes = outcomes(review.outcomes(), problems);
        Fields.required(problems, "whatChanged", review.whatChanged(), Fields.TEXT, "plan.review.error.whatChanged");
        Fields.required(problems, "childsView", review.childsView(), Fields.TEXT, "plan.review.error.childsView");
        Fields.required(problems, "familyView", review.familyView(), Fields.TEXT, "plan.review.error.familyView");
        Optional<ReviewDecision> decision = Fields.choice(ReviewDecision.class, review.decision());
        if (decision.isEmpty()) {
            problems.put("decision", "plan.review.error.decision");
        } else if (decision.get().endsThePlan()) {
            Fields.required(problems, "decisionNote", review.decisionNote(), Fields.TEXT, "plan.review.error.decisionNote");
            if (!review.consulted().containsAll(plan.involved())) {
                problems.put("agenciesConsulted", "plan.review.error.notEveryAgency");
            }
        } else {
            Fields.optional(problems, "decisionNote", review.decisionNote(), Fields.TEXT);
        }
        LocalDate next = held.isEmpty() || decision.isEmpty() || decision.get().endsThePlan() ? null
                : nextReview(review.nextReview(), held.get(), plan, problems);
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        return new Checked(Optional.of(new Valid(held.get(), actions, outcomes, review.whatChanged().strip(),
                review.childsView().strip(), review.familyView().strip(), review.consulted(), decision.get(),
                Fields.stripped(review.decisionNote()), next)), Map.of());
    }

    private static Optional<LocalDate> heldOn(DateInput input, Context plan, Map<String, String> problems) {
        Optional<LocalDate> held = Fields.date(problems, "heldOn", input, "plan.review.error.heldOn");
        if (held.isEmpty()) {
            return held;
        }
        if (held.get().isBefore(plan.planStarted())) {
            problems.put("heldOn", "plan.review.error.beforePlanStarted");
        } else if (plan.lastReview().isPresent() && held.get().isBefore(plan.lastReview().get())) {
            problems.put("heldOn", "plan.review.error.beforeLastReview");
        } else if (held.get().isAfter(plan.today())) {
            problems.put("heldOn", "plan.review.error.inFuture");
        }
        return held;
    }

    private static List<ActionProgress> actions(List<ActionInput> inputs, Map<String, String> problems) {
        List<ActionProgress> actions = new ArrayList<>();
        for (ActionInput input : inputs) {
            String field = "action-" + input.actionId();
            Optional<ActionStatus> status = Fields.choice(ActionStatus.class, input.status());
            Optional<Effectiveness> worked = Fields.choice(Effectiveness.class, input.effectiveness());
            if (status.isEmpty()) {
                problems.put(field + "-status", "plan.review.error.actionStatus");
            } else if (status.get() == ActionStatus.DONE && worked.isEmpty()) {
                problems.put(field + "-effectiveness", "plan.progress.error.effectiveness");
            }
            Fields.required(problems, field + "-note", input.note(), Fields.TEXT, "plan.review.error.actionNote");
            status.ifPresent(s -> actions.add(new ActionProgress(input.actionId(), s, Fields.stripped(input.note()),
                    s == ActionStatus.DONE ? worked.orElse(null) : null)));
        }
        return actions;
    }

    private static List<OutcomeProgress> outcomes(List<OutcomeInput> inputs, Map<String, String> problems) {
        List<OutcomeProgress> outcomes = new ArrayList<>();
        for (OutcomeInput input : inputs) {
            Optional<OutcomeStatus> status = Fields.choice(OutcomeStatus.class, input.status());
            if (status.isEmpty()) {
                problems.put("outcome-" + input.outcomeId() + "-status", "plan.review.error.outcomeStatus");
            }
            Fields.optional(problems, "outcome-" + input.outcomeId() + "-progress", input.progress(), Fields.TEXT);
            status.ifPresent(s -> outcomes.add(new OutcomeProgress(input.outcomeId(), s, Fields.stripped(input.progress()))));
        }
        return outcomes;
    }

    /** The date asked for, if any, no later than the latest allowed and after the review; else the latest allowed. */
    private static LocalDate nextReview(DateInput input, LocalDate held, Context plan, Map<String, String> problems) {
        LocalDate latest = plan.latestNext().apply(held).on();
        if (input == null || input.isBlank()) {
            return latest;
        }
        if (input.error() != null) {
            problems.put("nextReview", input.error());
            return null;
        }
        LocalDate asked = input.date().orElseThrow();
        if (!asked.isAfter(held)) {
            problems.put("nextReview", "plan.review.error.nextNotAfter");
        } else if (asked.isAfter(latest)) {
            problems.put("nextReview", "plan.review.error.nextTooLate");
        }
        return asked;
    }
}
