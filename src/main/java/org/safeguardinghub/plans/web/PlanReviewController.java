package org.safeguardinghub.plans.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanAction;
import org.safeguardinghub.plans.PlanActions;
import org.safeguardinghub.plans.PlanReviews;
import org.safeguardinghub.plans.Plans;
import org.safeguardinghub.plans.ReviewDecision;
import org.safeguardinghub.shared.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording a review of a plan: one form with every open action's progress and every outcome's, the
 * views, who was consulted and the decision. Its fields are named as its problems are
 * ({@code action-<id>-status}), so each problem links to its field.
 */
@Controller
class PlanReviewController {

    private final ChildRecords records;
    private final Plans plans;
    private final PlanActions actions;
    private final PlanReviews reviews;
    private final PlanPage page;

    PlanReviewController(ChildRecords records, Plans plans, PlanActions actions, PlanReviews reviews, PlanPage page) {
        this.records = records;
        this.plans = plans;
        this.actions = actions;
        this.reviews = reviews;
        this.page = page;
    }

    @GetMapping("/children/{id}/plans/{planId}/reviews/new")
    String form(@PathVariable String id, @PathVariable UUID planId, Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "review plan " + planId);
        return form(model, record, PlanController.plan(plans, record, planId), Map.of(), List.of(), Map.of());
    }

    @PostMapping("/children/{id}/plans/{planId}/reviews")
    String record(@PathVariable String id, @PathVariable UUID planId, @RequestParam MultiValueMap<String, String> all,
                  Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "review plan " + planId);
        Plan plan = PlanController.plan(plans, record, planId);
        Map<String, String> values = all.toSingleValueMap();
        List<String> consulted = all.getOrDefault("agenciesConsulted", List.of());
        var form = new PlanReviews.NewReview(date(values, "heldOn"),
                actions.of(plan).stream().filter(PlanAction::open).map(a -> new PlanReviews.ActionInput(a.id().toString(),
                        values.get("action-" + a.id() + "-status"), values.get("action-" + a.id() + "-note"),
                        values.get("action-" + a.id() + "-effectiveness"))).toList(),
                plans.outcomes(plan).stream().map(o -> new PlanReviews.OutcomeInput(o.id().toString(),
                        values.get("outcome-" + o.id() + "-status"), values.get("outcome-" + o.id() + "-progress"))).toList(),
                values.get("whatChanged"), values.get("childsView"), values.get("familyView"), consulted,
                values.get("decision"), values.get("decisionNote"), date(values, "nextReview"));
        Map<String, String> problems = reviews.record(record, plan, form);
        if (!problems.isEmpty()) {
            return form(model, record, plan, values, consulted, problems);
        }
        return "redirect:/children/" + record.child() + "/plans/" + planId + "#reviews";
    }

    private static DateInput date(Map<String, String> values, String name) {
        return new DateInput(values.get(name + "Day"), values.get(name + "Month"), values.get(name + "Year"));
    }

    private String form(Model model, OpenRecord record, Plan plan, Map<String, String> values, List<String> consulted,
                        Map<String, String> errors) {
        model.addAllAttributes(page.model(record, plan));
        model.addAttribute("values", values).addAttribute("consulted", consulted).addAttribute("errors", errors)
                .addAttribute("decisions", List.of(ReviewDecision.values()))
                .addAttribute("openActions", actions.of(plan).stream().filter(PlanAction::open).toList())
                .addAttribute("outcomeStatuses", List.of(org.safeguardinghub.plans.OutcomeStatus.values()));
        return "plans/review-new";
    }
}
