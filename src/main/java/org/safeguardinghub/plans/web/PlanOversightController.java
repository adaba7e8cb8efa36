package org.safeguardinghub.plans.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.CaseOversight;
import org.safeguardinghub.shared.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A manager recording oversight of a child's case: the date, a note and a direction. */
@Controller
class PlanOversightController {

    private final ChildRecords records;
    private final CaseOversight oversight;
    private final Clock clock;

    PlanOversightController(ChildRecords records, CaseOversight oversight, Clock clock) {
        this.records = records;
        this.oversight = oversight;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/oversight/new")
    String form(@PathVariable String id, Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "record manager oversight");
        return form(model, record, new CaseOversight.Form(DateInput.of(LocalDate.now(clock)), "", ""), Map.of());
    }

    @PostMapping("/children/{id}/oversight")
    String record(@PathVariable String id, @RequestParam(required = false) String onDay,
                  @RequestParam(required = false) String onMonth, @RequestParam(required = false) String onYear,
                  @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String direction,
                  Actor viewer, Model model) {
        OpenRecord record = PlanController.open(records, viewer, id, "record manager oversight");
        var form = new CaseOversight.Form(new DateInput(onDay, onMonth, onYear), note, direction);
        Map<String, String> problems = oversight.record(record, form);
        if (!problems.isEmpty()) {
            return form(model, record, form, problems);
        }
        return "redirect:/children/" + record.child() + "?tab=plans#tab";
    }

    private String form(Model model, OpenRecord record, CaseOversight.Form form, Map<String, String> errors) {
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("form", form).addAttribute("errors", errors)
                .addAttribute("mayRecord", oversight.mayRecord(record));
        return "plans/oversight-new";
    }
}
