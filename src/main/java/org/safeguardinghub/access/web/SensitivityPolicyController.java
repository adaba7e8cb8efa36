package org.safeguardinghub.access.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.access.internal.SensitivityPolicies;
import org.safeguardinghub.access.internal.SensitivityPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators publish which roles of which agency types may read each restricted sensitivity;
 * each save is a new version, and the earlier versions stay listed with who published them and why.
 */
@Controller
class SensitivityPolicyController {

    static final int MAX_NOTE = 1000;

    private final SensitivityPolicies policies;

    SensitivityPolicyController(SensitivityPolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/admin/sensitivity")
    String page(Model model) {
        return page(model, Map.of());
    }

    /** Each checked box is a grant, named {@code SENSITIVITY:AGENCY_TYPE:ROLE}. */
    @PostMapping("/admin/sensitivity")
    String publish(@RequestParam(required = false) List<String> grant, @RequestParam(defaultValue = "") String note,
                   Actor.Person viewer, Model model) {
        if (note.isBlank() || note.length() > MAX_NOTE) {
            return page(model, Map.of("note", "sensitivity.policy.error.note"));
        }
        List<SensitivityPolicy.Grant> grants = new ArrayList<>();
        try {
            for (String g : grant == null ? List.<String>of() : grant) {
                String[] parts = g.split(":", 3);
                grants.add(new SensitivityPolicy.Grant(Sensitivity.valueOf(parts[0]), AgencyType.valueOf(parts[1]), parts[2]));
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return page(model, Map.of("grant", "sensitivity.policy.error.grant"));
        }
        policies.publish(viewer, grants, note);
        return "redirect:/admin/sensitivity?published";
    }

    private String page(Model model, Map<String, String> errors) {
        SensitivityPolicy current = policies.current();
        List<String> roles = new ArrayList<>(List.of(SensitivityPolicy.ANY_ROLE));
        Arrays.stream(Role.values()).map(Enum::name).forEach(roles::add);
        model.addAttribute("current", current)
                .addAttribute("granted", current.grants().stream()
                        .map(g -> g.sensitivity() + ":" + g.agencyType() + ":" + g.role()).toList())
                .addAttribute("sensitivities", Arrays.stream(Sensitivity.values()).filter(Sensitivity::isRestricted).toList())
                .addAttribute("agencyTypes", List.of(AgencyType.values())).addAttribute("roles", roles)
                .addAttribute("history", policies.history()).addAttribute("errors", errors);
        return "admin/sensitivity";
    }
}
