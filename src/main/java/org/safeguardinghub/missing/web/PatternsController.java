package org.safeguardinghub.missing.web;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.missing.AreaPatterns;
import org.safeguardinghub.missing.MissingPatterns;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The patterns table for managers, linked from the managers' view: not about one child, so someone
 * who is not a manager is refused with the reason (403); the children named are those the manager may
 * open, and the page itself names no other.
 */
@Controller
class PatternsController {

    private final AreaPatterns patterns;
    private final CareNetwork names;

    PatternsController(AreaPatterns patterns, CareNetwork names) {
        this.patterns = patterns;
        this.names = names;
    }

    @GetMapping("/missing/patterns")
    String patterns(Actor viewer, Model model) {
        Permission may = patterns.mayView(viewer);
        if (may.refused()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, may.reason());
        }
        MissingPatterns view = patterns.view(viewer);
        model.addAttribute("patterns", view).addAttribute("names", names.names(view.named()));
        return "missing/patterns";
    }
}
