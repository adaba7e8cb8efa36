package org.safeguardinghub.risk.web;

import java.util.List;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.risk.Reason;
import org.safeguardinghub.risk.ScreeningTool;
import org.safeguardinghub.risk.ScreeningTools;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An administrator reads the screening tool in force and publishes a new version of it (administration pages only). */
@Controller
class ToolAdminController {

    private final ScreeningTools tools;

    ToolAdminController(ScreeningTools tools) {
        this.tools = tools;
    }

    @GetMapping("/admin/risk-tool")
    String show(@RequestParam(required = false) String saved, Model model) {
        ScreeningTool current = tools.current();
        return page(model, current, tools.asJson(current.definition()), "", List.of(), saved != null);
    }

    @PostMapping("/admin/risk-tool")
    String publish(@RequestParam(defaultValue = "") String definition, @RequestParam(defaultValue = "") String note,
                   Actor.Person viewer, Model model) {
        List<Reason> problems = tools.publish(viewer, definition, note);
        return problems.isEmpty() ? "redirect:/admin/risk-tool?saved"
                : page(model, tools.current(), definition, note, problems, false);
    }

    private String page(Model model, ScreeningTool current, String definition, String note, List<Reason> problems,
                        boolean saved) {
        model.addAttribute("tool", current).addAttribute("versions", tools.all()).addAttribute("definition", definition)
                .addAttribute("note", note).addAttribute("problems", problems).addAttribute("saved", saved);
        return "risk/admin-tool";
    }
}
