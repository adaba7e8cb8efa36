package org.safeguardinghub.chronology.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.BreakGlass;
import org.safeguardinghub.chronology.ChronologyProperties;
import org.safeguardinghub.shared.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Emergency access: identify the child exactly, say why, and the record opens for a limited time. */
@Controller
class BreakGlassController {

    private final BreakGlass breakGlass;
    private final ChronologyProperties properties;

    BreakGlassController(BreakGlass breakGlass, ChronologyProperties properties) {
        this.breakGlass = breakGlass;
        this.properties = properties;
    }

    @GetMapping("/break-glass")
    String form(Model model) {
        return page(model, Map.of(), new Form(null, null, null, new DateInput(null, null, null), null));
    }

    @PostMapping("/break-glass")
    String open(@RequestParam(required = false) String nhsNumber, @RequestParam(required = false) String givenName,
                @RequestParam(required = false) String familyName, @RequestParam(required = false) String dobDay,
                @RequestParam(required = false) String dobMonth, @RequestParam(required = false) String dobYear,
                @RequestParam(required = false) String reason, Actor.Person actor, Model model) {
        Form form = new Form(nhsNumber, givenName, familyName, new DateInput(dobDay, dobMonth, dobYear), reason);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.dob().error() != null) {
            errors.put("dob", form.dob().error());
            return page(model, errors, form);
        }
        BreakGlass.Outcome outcome = breakGlass.open(actor, new BreakGlass.Identification(nhsNumber, givenName, familyName,
                form.dob().date().orElse(null)), reason);
        if (outcome.child().isEmpty()) {
            return page(model, outcome.problems(), form);
        }
        return "redirect:/children/" + outcome.child().get();
    }

    /** What was typed, to show again with the problems. */
    record Form(String nhsNumber, String givenName, String familyName, DateInput dob, String reason) {
    }

    private String page(Model model, Map<String, String> errors, Form form) {
        model.addAttribute("errors", errors).addAttribute("form", form)
                .addAttribute("hours", properties.breakGlassFor().toHours());
        return "children/break-glass";
    }
}
