package org.safeguardinghub.calendar.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.shared.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators keep the bank holiday list every working-day timescale is counted with. */
@Controller
class BankHolidayController {

    private final WorkingDays workingDays;

    BankHolidayController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/admin/holidays")
    String holidays(Model model) {
        return holidays(model, Map.of(), new DateInput(null, null, null), null);
    }

    @PostMapping("/admin/holidays")
    String add(@RequestParam(required = false) String dayDay, @RequestParam(required = false) String dayMonth,
               @RequestParam(required = false) String dayYear, @RequestParam(defaultValue = "") String name,
               Actor viewer, Model model) {
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
    String remove(@PathVariable LocalDate day, Actor viewer) {
        workingDays.remove(viewer, day);
        return "redirect:/admin/holidays";
    }

    private String holidays(Model model, Map<String, String> errors, DateInput day, String name) {
        model.addAttribute("holidays", workingDays.holidays()).addAttribute("errors", errors)
                .addAttribute("day", day).addAttribute("name", name);
        return "calendar/admin-holidays";
    }
}
