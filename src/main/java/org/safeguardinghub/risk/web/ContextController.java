package org.safeguardinghub.risk.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.risk.Context;
import org.safeguardinghub.risk.ContextStep;
import org.safeguardinghub.risk.Contexts;
import org.safeguardinghub.shared.DateInput;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A context's page: what it is (to those who may read it), the children linked now that the viewer
 * may open, the work on it (referral, assessment, context meetings, closure) and its actions.
 */
@Controller
class ContextController {

    private final Contexts contexts;
    private final CareNetwork names;
    private final Agencies agencies;

    ContextController(Contexts contexts, CareNetwork names, Agencies agencies) {
        this.contexts = contexts;
        this.names = names;
        this.agencies = agencies;
    }

    @GetMapping("/risk/contexts/{id}")
    String show(@PathVariable String id, Actor viewer, Model model) {
        return page(model, viewer, id, Map.of(), Map.of());
    }

    @PostMapping("/risk/contexts/{id}/steps")
    String step(@PathVariable String id, @RequestParam(required = false) String step,
                @RequestParam(defaultValue = "") String note, @RequestParam(required = false) List<String> agencies,
                Actor.Person viewer, Model model) {
        UUID context = RiskPages.uuid(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<String> problem = contexts.take(viewer, context, RiskPages.choice(ContextStep.class, step).orElse(null),
                note, agencies);
        return problem.isEmpty() ? "redirect:/risk/contexts/" + id
                : page(model, viewer, id, Map.of("step", problem.get()), Map.of("note", note));
    }

    @PostMapping("/risk/contexts/{id}/actions")
    String action(@PathVariable String id, @RequestParam Map<String, String> form, Actor.Person viewer, Model model) {
        UUID context = RiskPages.uuid(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<LocalDate> due = new DateInput(form.get("dueOnDay"), form.get("dueOnMonth"), form.get("dueOnYear")).date();
        Map<String, String> problems = contexts.addAction(viewer, context, form.get("what"), form.get("owner"),
                due.orElse(null), RiskPages.choice(Context.ActionSource.class, form.get("arisingFrom")).orElse(null));
        return problems.isEmpty() ? "redirect:/risk/contexts/" + id : page(model, viewer, id, problems, form);
    }

    @PostMapping("/risk/contexts/{id}/actions/{action}/done")
    String done(@PathVariable String id, @PathVariable String action, @RequestParam(defaultValue = "") String note,
                Actor.Person viewer, Model model) {
        UUID context = RiskPages.uuid(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<String> problem = contexts.completeAction(viewer, context, RiskPages.uuid(action).orElse(null), note);
        return problem.isEmpty() ? "redirect:/risk/contexts/" + id
                : page(model, viewer, id, Map.of("done-" + action, problem.get()), Map.of());
    }

    private String page(Model model, Actor viewer, String id, Map<String, String> errors, Map<String, String> form) {
        Contexts.Seen seen = RiskPages.uuid(id).flatMap(c -> contexts.open(viewer, c))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Context c = seen.context();
        model.addAttribute("seen", seen).addAttribute("c", c)
                .addAttribute("agency", RiskTab.agencyName(agencies, c.recordingAgencyId()))
                .addAttribute("names", names.names(seen.children()))
                .addAttribute("steps", List.of(ContextStep.values()).stream().filter(c::mayTake).toList())
                .addAttribute("mayWork", contexts.mayWork(viewer, ContextStep.ASSESSED).allowed())
                .addAttribute("mayRefer", contexts.mayWork(viewer, ContextStep.REFERRED).allowed())
                .addAttribute("sources", Context.ActionSource.values()).addAttribute("agencies", agencies.all())
                .addAttribute("errors", errors).addAttribute("form", form);
        return "risk/context";
    }
}
