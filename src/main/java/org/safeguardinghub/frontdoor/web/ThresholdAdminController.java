package org.safeguardinghub.frontdoor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.frontdoor.ThresholdDocument;
import org.safeguardinghub.frontdoor.Thresholds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An administrator edits the threshold document by publishing a new version of it. */
@Controller
class ThresholdAdminController {

    private final Thresholds thresholds;

    ThresholdAdminController(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping("/admin/thresholds")
    String show(@RequestParam(required = false) String saved, Model model) {
        ThresholdDocument current = thresholds.current();
        List<Thresholds.LevelText> levels = current.levels().stream()
                .map(l -> new Thresholds.LevelText(l.level(), l.name(), String.join("\n", l.descriptors()))).toList();
        return page(model, current, levels, "", Map.of(), saved != null);
    }

    @PostMapping("/admin/thresholds")
    String publish(@RequestParam Map<String, String> form, Actor.Person viewer, Model model) {
        ThresholdDocument current = thresholds.current();
        List<Thresholds.LevelText> levels = new ArrayList<>();
        for (ThresholdDocument.Level level : current.levels()) {
            levels.add(new Thresholds.LevelText(level.level(), form.get("name" + level.level()),
                    form.get("descriptors" + level.level())));
        }
        Map<String, String> problems = thresholds.publish(viewer, levels, form.get("changeNote"));
        return problems.isEmpty() ? "redirect:/admin/thresholds?saved"
                : page(model, current, levels, form.getOrDefault("changeNote", ""), problems, false);
    }

    private String page(Model model, ThresholdDocument current, List<Thresholds.LevelText> levels, String changeNote,
                        Map<String, String> errors, boolean saved) {
        model.addAttribute("document", current).addAttribute("levels", levels).addAttribute("changeNote", changeNote)
                .addAttribute("errors", errors).addAttribute("saved", saved);
        return "frontdoor/admin-thresholds";
    }
}
