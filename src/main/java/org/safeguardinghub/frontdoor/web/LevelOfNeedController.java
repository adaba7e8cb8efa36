package org.safeguardinghub.frontdoor.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.frontdoor.LevelsOfNeed;
import org.safeguardinghub.frontdoor.Thresholds;
import org.safeguardinghub.frontdoor.internal.LevelChangeRule;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Stepping a case up or down, or closing it, and a manager's sign-off of that change. */
@Controller
class LevelOfNeedController {

    private final ChildRecords records;
    private final LevelsOfNeed levels;
    private final Thresholds thresholds;
    private final Agencies agencies;

    LevelOfNeedController(ChildRecords records, LevelsOfNeed levels, Thresholds thresholds, Agencies agencies) {
        this.records = records;
        this.levels = levels;
        this.thresholds = thresholds;
        this.agencies = agencies;
    }

    @GetMapping("/children/{id}/level-of-need/new")
    String form(@PathVariable String id, Actor viewer, Model model) {
        return form(model, open(viewer, id, "level of need"), new LevelsOfNeed.Request(null, null, null, false, List.of()),
                Map.of());
    }

    @PostMapping("/children/{id}/level-of-need")
    String propose(@PathVariable String id, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String to, @RequestParam(defaultValue = "") String rationale,
                   @RequestParam(defaultValue = "false") boolean reviewHeld,
                   @RequestParam(required = false) List<String> agenciesConsulted, Actor viewer, Model model) {
        OpenRecord record = open(viewer, id, "change level of need");
        var request = new LevelsOfNeed.Request(kind, to, rationale, reviewHeld, agenciesConsulted);
        Map<String, String> problems = levels.propose(record, request);
        return problems.isEmpty() ? "redirect:/children/" + record.child() : form(model, record, request, problems);
    }

    @PostMapping("/children/{id}/level-of-need/sign-off")
    String signOff(@PathVariable String id, Actor viewer, Model model) {
        OpenRecord record = open(viewer, id, "sign off level of need");
        Optional<String> problem = levels.signOff(record);
        if (problem.isPresent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, problem.get());
        }
        return "redirect:/children/" + record.child();
    }

    private OpenRecord open(Actor viewer, String id, String detail) {
        return records.open(viewer, id, AuditAction.VIEW_CHILD, detail)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, OpenRecord record, LevelsOfNeed.Request request, Map<String, String> errors) {
        List<LevelsOfNeed.Change> history = levels.history(record.child());
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("request", request).addAttribute("errors", errors)
                .addAttribute("current", LevelsOfNeed.current(history).orElse(null))
                .addAttribute("threshold", thresholds.current())
                .addAttribute("kinds", Arrays.stream(LevelChangeRule.Kind.values())
                        .filter(k -> k != LevelChangeRule.Kind.DECISION).toList())
                .addAttribute("agencies", agencies.all());
        return "frontdoor/level-new";
    }
}
