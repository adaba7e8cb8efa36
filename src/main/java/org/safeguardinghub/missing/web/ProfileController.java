package org.safeguardinghub.missing.web;

import java.util.Map;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.MissingProfiles;
import org.safeguardinghub.missing.PlanSubmission;
import org.safeguardinghub.missing.ProfileSubmission;
import org.safeguardinghub.missing.TriggerPlans;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Keeping the missing profile and the trigger plan up to date: each save a new version. */
@Controller
class ProfileController {

    private final ChildRecords records;
    private final MissingProfiles profiles;
    private final TriggerPlans plans;

    ProfileController(ChildRecords records, MissingProfiles profiles, TriggerPlans plans) {
        this.records = records;
        this.profiles = profiles;
        this.plans = plans;
    }

    @GetMapping("/children/{id}/missing/profile")
    String profile(@PathVariable String id, Actor viewer, Model model) {
        OpenRecord record = open(viewer, id, "missing profile");
        return profile(model, record, ProfileSubmission.of(profiles.current(record).orElse(null)), Map.of());
    }

    @PostMapping("/children/{id}/missing/profile")
    String saveProfile(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Actor viewer, Model model) {
        OpenRecord record = open(viewer, id, "missing profile");
        ProfileSubmission submission = new FormFields(form).profile();
        Map<String, String> problems = profiles.save(record, submission);
        return problems.isEmpty() ? "redirect:/children/" + record.child() + "?tab=missing#profile"
                : profile(model, record, submission, problems);
    }

    @GetMapping("/children/{id}/missing/trigger-plan")
    String plan(@PathVariable String id, Actor viewer, Model model) {
        OpenRecord record = open(viewer, id, "missing trigger plan");
        return plan(model, record, PlanSubmission.of(plans.current(record).orElse(null)), Map.of());
    }

    @PostMapping("/children/{id}/missing/trigger-plan")
    String savePlan(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Actor viewer, Model model) {
        OpenRecord record = open(viewer, id, "missing trigger plan");
        PlanSubmission submission = new FormFields(form).plan();
        Map<String, String> problems = plans.save(record, submission);
        return problems.isEmpty() ? "redirect:/children/" + record.child() + "?tab=missing#trigger-plan"
                : plan(model, record, submission, problems);
    }

    private OpenRecord open(Actor viewer, String id, String detail) {
        OpenRecord record = records.open(viewer, id, AuditAction.VIEW_CHILD, detail)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (profiles.mayEdit(record).refused()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, profiles.mayEdit(record).reason());
        }
        return record;
    }

    private String profile(Model model, OpenRecord record, ProfileSubmission submission, Map<String, String> errors) {
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("form", submission).addAttribute("errors", errors);
        return "missing/profile";
    }

    private String plan(Model model, OpenRecord record, PlanSubmission submission, Map<String, String> errors) {
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("form", submission).addAttribute("errors", errors);
        return "missing/trigger-plan";
    }
}
