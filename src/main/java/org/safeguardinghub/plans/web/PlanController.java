package org.safeguardinghub.plans.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanCategory;
import org.safeguardinghub.plans.PlanType;
import org.safeguardinghub.plans.Plans;
import org.safeguardinghub.plans.internal.PlanChanges;
import org.safeguardinghub.plans.internal.PlanSnapshot;
import org.safeguardinghub.plans.internal.PlanVersions;
import org.safeguardinghub.shared.DateInput;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Making a plan, the plan page a child and family could read, and the plan's history side by side. */
@Controller
class PlanController {

    static final int OUTCOME_ROWS = 3;

    private final ChildRecords records;
    private final Plans plans;
    private final PlanPage page;
    private final PlanVersions versions;
    private final Agencies agencies;

    PlanController(ChildRecords records, Plans plans, PlanPage page, PlanVersions versions, Agencies agencies) {
        this.records = records;
        this.plans = plans;
        this.page = page;
        this.versions = versions;
        this.agencies = agencies;
    }

    /** Opens the child's record (audited), or answers "not found" as for a child that does not exist. */
    static OpenRecord open(ChildRecords records, Actor viewer, String id, String detail) {
        return records.open(viewer, id, AuditAction.VIEW_CHILD, detail)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** One of the child's plans the viewer may read, or "not found". */
    static Plan plan(Plans plans, OpenRecord record, UUID planId) {
        return plans.get(record, planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/children/{id}/plans/new")
    String form(@PathVariable String id, Actor viewer, Model model) {
        OpenRecord record = open(records, viewer, id, "make a plan");
        List<Plans.OutcomeInput> rows = new ArrayList<>();
        for (int i = 0; i < OUTCOME_ROWS; i++) {
            rows.add(new Plans.OutcomeInput("", ""));
        }
        String self = viewer instanceof Actor.Person p ? p.practitionerId().toString() : null;
        return form(model, record, new Plans.NewPlan(null, null, null, new DateInput(null, null, null), self, List.of(), rows),
                Map.of());
    }

    @PostMapping("/children/{id}/plans")
    String make(@PathVariable String id, @RequestParam(required = false) String type,
                @RequestParam(required = false) String category, @RequestParam(defaultValue = "") String concern,
                @RequestParam(required = false) String startedOnDay, @RequestParam(required = false) String startedOnMonth,
                @RequestParam(required = false) String startedOnYear, @RequestParam(required = false) String lead,
                @RequestParam(required = false) List<String> agencies, @RequestParam Map<String, String> all,
                Actor viewer, Model model) {
        OpenRecord record = open(records, viewer, id, "make a plan");
        List<Plans.OutcomeInput> outcomes = new ArrayList<>();
        for (int i = 0; i < OUTCOME_ROWS; i++) {
            outcomes.add(new Plans.OutcomeInput(all.get("outcome-" + i), all.get("childsView-" + i)));
        }
        var form = new Plans.NewPlan(type, category, concern, new DateInput(startedOnDay, startedOnMonth, startedOnYear), lead,
                agencies, outcomes);
        Plans.Made made = plans.make(record, form);
        if (!made.problems().isEmpty()) {
            return form(model, record, form, made.problems());
        }
        return "redirect:/children/" + record.child() + "/plans/" + made.plan();
    }

    private String form(Model model, OpenRecord record, Plans.NewPlan form, Map<String, String> errors) {
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("form", form).addAttribute("errors", errors)
                .addAttribute("mayMake", plans.mayMake(record))
                .addAttribute("types", List.of(PlanType.values())).addAttribute("categories", List.of(PlanCategory.values()))
                .addAttribute("people", plans.people(record)).addAttribute("agencies", agencies.all());
        return "plans/new";
    }

    @GetMapping("/children/{id}/plans/{planId}")
    String show(@PathVariable String id, @PathVariable UUID planId, Actor viewer, Model model) {
        OpenRecord record = open(records, viewer, id, "plan " + planId);
        model.addAllAttributes(page.model(record, plan(plans, record, planId)));
        return "plans/plan";
    }

    /** Every version of the plan side by side with the plan now, and what changed since the last review. */
    @GetMapping("/children/{id}/plans/{planId}/history")
    String history(@PathVariable String id, @PathVariable UUID planId, Actor viewer, Model model) {
        OpenRecord record = open(records, viewer, id, "history of plan " + planId);
        Plan plan = plan(plans, record, planId);
        List<PlanVersions.Version> kept = versions.of(planId);
        PlanSnapshot now = versions.now(plan);
        PlanSnapshot last = kept.isEmpty() ? now : kept.getLast().plan();
        model.addAllAttributes(page.model(record, plan));
        List<List<String>> changes = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            changes.add(i == 0 ? List.of() : versions.describe(PlanChanges.between(kept.get(i - 1).plan(), kept.get(i).plan())));
        }
        model.addAttribute("versions", kept).addAttribute("changes", changes).addAttribute("now", now)
                .addAttribute("sinceLast", versions.describe(PlanChanges.between(last, now)))
                .addAttribute("lastVersion", kept.isEmpty() ? null : kept.getLast());
        return "plans/history";
    }
}
