package org.safeguardinghub.risk.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.risk.Prefill;
import org.safeguardinghub.risk.RiskLevel;
import org.safeguardinghub.risk.ScreeningTool;
import org.safeguardinghub.risk.ScreeningTools;
import org.safeguardinghub.risk.Screenings;
import org.safeguardinghub.risk.ToolOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Completing a screening, in two steps on one page that works without JavaScript: the indicators
 * (pre-filled from the chronology, each with its evidence) and the tool's suggestion with its
 * reasons; then the practitioner's own judgement and rationale, which nothing pre-selects.
 */
@Controller
class ScreeningFormController {

    static final String SEEN = "seen.";

    /** What the form's button asks for. */
    enum FormAction { CHECK, SAVE }

    private final ChildRecords records;
    private final Screenings screenings;
    private final ScreeningTools tools;

    ScreeningFormController(ChildRecords records, Screenings screenings, ScreeningTools tools) {
        this.records = records;
        this.screenings = screenings;
        this.tools = tools;
    }

    @GetMapping("/children/{id}/risk/screenings/new")
    String form(@PathVariable String id, Actor viewer, Model model) {
        OpenRecord record = mayScreen(RiskPages.open(records, viewer, id, "exploitation risk screening form"));
        ScreeningTool tool = tools.current();
        Prefill prefill = screenings.prefill(record, tool);
        Map<String, String> found = new LinkedHashMap<>();
        prefill.found().forEach((indicator, f) -> found.put(indicator, f.band()));
        return page(model, record, tool, prefill, new FormViews.ScreeningAnswers(found, null, "", Sensitivity.STANDARD.name()), null, Map.of());
    }

    @PostMapping("/children/{id}/risk/screenings")
    String submit(@PathVariable String id, @RequestParam Map<String, String> form, Actor viewer, Model model) {
        OpenRecord record = mayScreen(RiskPages.open(records, viewer, id, "exploitation risk screening"));
        ScreeningTool tool = version(form.get("toolVersion"));
        Map<String, String> found = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith(SEEN) && value != null && !value.isBlank()) {
                found.put(key.substring(SEEN.length()), value.strip());
            }
        });
        FormViews.ScreeningAnswers answers = new FormViews.ScreeningAnswers(found, form.get("judgedLevel"), form.getOrDefault("rationale", ""),
                form.getOrDefault("sensitivity", Sensitivity.STANDARD.name()));
        Prefill prefill = screenings.prefill(record, tool);
        if (RiskPages.choice(FormAction.class, form.get("action")).orElse(FormAction.CHECK) == FormAction.CHECK) {
            Map<String, String> problems = screenings.indicatorProblems(tool, found);
            ToolOutcome proposal = problems.isEmpty() ? screenings.propose(tool, found, screenings.age(record)) : null;
            return page(model, record, tool, prefill, answers, proposal, problems);
        }
        Screenings.Outcome outcome = screenings.complete(record, new Screenings.Request(tool.version(), found,
                RiskPages.choice(RiskLevel.class, answers.judgedLevel()).orElse(null), answers.rationale(),
                RiskPages.choice(Sensitivity.class, answers.sensitivity()).orElse(Sensitivity.STANDARD)));
        if (outcome.saved() != null) {
            return "redirect:/children/" + record.child() + "/risk/screenings/" + outcome.saved().id();
        }
        return page(model, record, tool, prefill, answers, outcome.tool(), outcome.problems());
    }

    private OpenRecord mayScreen(OpenRecord record) {
        Permission permission = screenings.mayScreen(record);
        if (permission.refused()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, permission.reason());
        }
        return record;
    }

    private ScreeningTool version(String version) {
        try {
            return tools.version(Integer.parseInt(version));
        } catch (IllegalArgumentException e) {
            return tools.current();
        }
    }

    private String page(Model model, OpenRecord record, ScreeningTool tool, Prefill prefill, FormViews.ScreeningAnswers answers,
                        ToolOutcome proposal, Map<String, String> errors) {
        Optional<Integer> age = screenings.age(record);
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("tool", tool).addAttribute("prefill", prefill).addAttribute("answers", answers)
                .addAttribute("proposal", proposal).addAttribute("errors", errors)
                .addAttribute("age", age.orElse(null))
                .addAttribute("current", screenings.history(record).current().orElse(null))
                .addAttribute("levels", RiskLevel.values()).addAttribute("sensitivities", Sensitivity.values());
        return "risk/screening-form";
    }
}
