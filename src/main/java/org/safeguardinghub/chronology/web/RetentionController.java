package org.safeguardinghub.chronology.web;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.Retention;
import org.safeguardinghub.chronology.SubjectAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The retention rules and the records past them, for the data protection officer. */
@Controller
class RetentionController {

    private final Retention retention;

    RetentionController(Retention retention) {
        this.retention = retention;
    }

    @GetMapping("/retention")
    String page(Actor viewer, Model model) {
        if (SubjectAccess.mayExport(viewer).refused()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("rules", retention.rules().values().stream()
                        .sorted(java.util.Comparator.comparing(r -> r.agencyType().name())).toList())
                .addAttribute("due", retention.due(viewer));
        return "children/retention";
    }
}
