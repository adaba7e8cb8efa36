package org.safeguardinghub.chronology.web;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.ChildRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the children in the practitioner's caseload, and the way to find others. */
@Controller
class HomeController {

    private final ChildRecords records;

    HomeController(ChildRecords records) {
        this.records = records;
    }

    @GetMapping("/")
    String home(Actor.Person viewer, Model model) {
        model.addAttribute("children", records.caseload(viewer))
                .addAttribute("administrator", viewer.has(Role.ADMINISTRATOR));
        return "home";
    }
}
