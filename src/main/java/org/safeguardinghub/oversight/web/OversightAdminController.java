package org.safeguardinghub.oversight.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Viewer;
import org.safeguardinghub.oversight.AlertSettings;
import org.safeguardinghub.oversight.WorkingDays;
import org.safeguardinghub.oversight.rules.RuleParameter;
import org.safeguardinghub.shared.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators change the alert rules' numbers and keep the bank holiday list. */
@Controller
class OversightAdminController {

    private final AlertSettings settings;
    private final WorkingDays workingDays;

    OversightAdminController(AlertSettings settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    @GetMapping("/admin/rules")
    String rules(Model model) {
        return rules(model, Map.of(), Map.of());
    }

    @PostMapping("/admin/rules")
    String change(@RequestParam Map<String, String> form, Viewer viewer, Model model) {
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

    @GetMapping("/admin/holidays")
    String holidays(Model model) {
        return holidays(model, Map.of(), new DateInput(null, null, null), null);
    }

    @PostMapping("/admin/holidays")
    String add(@RequestParam(required = false) String dayDay, @RequestParam(required = false) String dayMonth,
               @RequestParam(required = false) String dayYear, @RequestParam(defaultValue = "") String name,
               Viewer viewer, Model model) {
        DateInput day = new DateInput(dayDay, dayMonth, dayYear);
        Map<String, String> errors = new LinkedHashMap<>();
        if (day.isBlank() || day.error() != null) {
            errors.put("day", day.isBlank() ? "date.incomplete" : day.error());
        }
        if (name.isBlank() || name.length() > 200) {
            errors.put("name", "holidays.error.name");
        }
        if (!errors.isEmpty()) {
            return holidays(model, errors, day, name);
        }
        workingDays.add(viewer, day.date().orElseThrow(), name);
        return "redirect:/admin/holidays";
    }

    @PostMapping("/admin/holidays/{day}/remove")
    String remove(@PathVariable LocalDate day, Viewer viewer) {
        workingDays.remove(viewer, day);
        return "redirect:/admin/holidays";
    }

    private String holidays(Model model, Map<String, String> errors, DateInput day, String name) {
        model.addAttribute("holidays", workingDays.holidays()).addAttribute("errors", errors)
                .addAttribute("day", day).addAttribute("name", name);
        return "oversight/admin-holidays";
    }
}
