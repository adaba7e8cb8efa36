package org.safeguardinghub.oversight.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.oversight.internal.AlertSettings;
import org.safeguardinghub.oversight.rules.RuleParameter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators change the alert rules' numbers. */
@Controller
class OversightAdminController {

    private final AlertSettings settings;

    OversightAdminController(AlertSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/rules")
    String rules(Model model) {
        return rules(model, Map.of(), Map.of());
    }

    @PostMapping("/admin/rules")
    String change(@RequestParam Map<String, String> form, Actor viewer, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (RuleParameter parameter : RuleParameter.values()) {
            String value = form.get(parameter.name());
            if (value == null || value.isBlank() || String.valueOf(settings.current().get(parameter)).equals(value.strip())) {
                continue;
            }
            Optional<String> problem;
            try {
                problem = settings.change(viewer, parameter, Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                problem = Optional.of("rules.error.number");
            }
            problem.ifPresent(p -> errors.put(parameter.name(), p));
        }
        if (!errors.isEmpty()) {
            return rules(model, errors, form);
        }
        return "redirect:/admin/rules?saved";
    }

    private String rules(Model model, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("parameters", List.of(RuleParameter.values()))
                .addAttribute("values", settings.current().all()).addAttribute("errors", errors).addAttribute("form", form);
        return "oversight/admin-rules";
    }
}
