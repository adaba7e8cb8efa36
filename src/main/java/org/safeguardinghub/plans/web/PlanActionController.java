package org.safeguardinghub.plans.web;

import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanActions;
import org.safeguardinghub.plans.Plans;
import org.safeguardinghub.shared.DateInput;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Adding a SMART action to a plan, progress updates, an action's "worked" measure, and placing a meeting's action. */
@Controller
class PlanActionController {

    private final ChildRecords records;
    private final Plans plans;
    private final PlanActions actions;
    private final PlanPage page;

    PlanActionController(ChildRecords records, Plans plans, PlanActions actions, PlanPage page) {
        this.records = records;
        this.plans = plans;
        this.actions = actions;
        this.page = page;
    }

    @GetMapping("/children/{id}/plans/{planId}/actions/new")
    String form(@PathVariable String id, @PathVariable UUID planId, Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "add an action to plan " + planId);
        Plan plan = PlanController.plan(plans, record, planId);
        return form(model, record, plan, new PlanActions.NewAction("", "", new DateInput(null, null, null), "", "", ""),
                Map.of());
    }

    @PostMapping("/children/{id}/plans/{planId}/actions")
    String add(@PathVariable String id, @PathVariable UUID planId, @RequestParam(defaultValue = "") String what,
               @RequestParam(required = false) String owner, @RequestParam(required = false) String dueDay,
               @RequestParam(required = false) String dueMonth, @RequestParam(required = false) String dueYear,
               @RequestParam(defaultValue = "") String doneLooksLike, @RequestParam(defaultValue = "") String workedLooksLike,
               @RequestParam(required = false) String outcome, Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "add an action to plan " + planId);
        Plan plan = PlanController.plan(plans, record, planId);
        var form = new PlanActions.NewAction(what, owner, new DateInput(dueDay, dueMonth, dueYear), doneLooksLike,
                workedLooksLike, outcome);
        Map<String, String> problems = actions.add(record, plan, form);
        if (!problems.isEmpty()) {
            return form(model, record, plan, form, problems);
        }
        return "redirect:/children/" + record.child() + "/plans/" + planId + "#actions";
    }

    private String form(Model model, OpenRecord record, Plan plan, PlanActions.NewAction form, Map<String, String> errors) {
        model.addAllAttributes(page.model(record, plan));
        model.addAttribute("form", form).addAttribute("errors", errors).addAttribute("people", plans.people(record));
        return "plans/action-new";
    }

    @PostMapping("/children/{id}/plans/{planId}/actions/{actionId}/progress")
    String progress(@PathVariable String id, @PathVariable UUID planId, @PathVariable UUID actionId,
                    @RequestParam(defaultValue = "") String note, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String effectiveness, Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "progress on plan " + planId);
        Plan plan = PlanController.plan(plans, record, planId);
        actions.action(plan, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> problems = actions.progress(record, plan, actionId, new PlanActions.Update(note, status, effectiveness));
        return problems.isEmpty() ? "redirect:/children/" + record.child() + "/plans/" + planId + "#action-" + actionId
                : planWithErrors(model, record, plan, actionId, problems);
    }

    @PostMapping("/children/{id}/plans/{planId}/actions/{actionId}/measure")
    String measure(@PathVariable String id, @PathVariable UUID planId, @PathVariable UUID actionId,
                   @RequestParam(defaultValue = "") String workedLooksLike, Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "measure of an action of plan " + planId);
        Plan plan = PlanController.plan(plans, record, planId);
        actions.action(plan, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> problems = actions.measure(record, plan, actionId, workedLooksLike);
        return problems.isEmpty() ? "redirect:/children/" + record.child() + "/plans/" + planId + "#action-" + actionId
                : planWithErrors(model, record, plan, actionId, problems);
    }

    @PostMapping("/children/{id}/plans/{planId}/place")
    String place(@PathVariable String id, @PathVariable UUID planId, @RequestParam(required = false) UUID action,
                 Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "place an action in plan " + planId);
        Plan plan = PlanController.plan(plans, record, planId);
        Map<String, String> problems = action == null ? Map.of("action", "plan.action.error.notWaiting")
                : actions.place(record, plan, action);
        return problems.isEmpty() ? "redirect:/children/" + record.child() + "/plans/" + planId + "#actions"
                : planWithErrors(model, record, plan, null, problems);
    }

    /** The plan page again, with the problems of the form sent from it (each field named for its action). */
    private String planWithErrors(Model model, OpenRecord record, Plan plan, UUID actionId, Map<String, String> problems) {
        model.addAllAttributes(page.model(record, plan));
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        problems.forEach((field, key) -> errors.put(actionId == null ? field : field + "-" + actionId, key));
        model.addAttribute("errors", errors);
        return "plans/plan";
    }
}
