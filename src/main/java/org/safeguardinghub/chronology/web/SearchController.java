package org.safeguardinghub.chronology.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.ChildSummary;
import org.safeguardinghub.chronology.NhsNumber;
import org.safeguardinghub.chronology.children.ChildSearch;
import org.safeguardinghub.shared.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Find a child by name, date of birth or NHS number, among the children the viewer may open. */
@Controller
class SearchController {

    private final ChildSearch search;

    SearchController(ChildSearch search) {
        this.search = search;
    }

    @GetMapping("/children")
    String search(@RequestParam(required = false) String name, @RequestParam(required = false) String dobDay,
                  @RequestParam(required = false) String dobMonth, @RequestParam(required = false) String dobYear,
                  @RequestParam(required = false) String nhs, Actor viewer, Model model) {
        DateInput dob = new DateInput(dobDay, dobMonth, dobYear);
        Map<String, String> errors = new LinkedHashMap<>();
        if (dob.error() != null) {
            errors.put("dob", dob.error());
        }
        if (nhs != null && !nhs.isBlank() && !NhsNumber.isValid(nhs)) {
            errors.put("nhs", "search.nhs.invalid");
        }
        // a date typed with the name counts as the date of birth when the date boxes are empty
        TypedSearch typed = dob.isBlank() ? TypedSearch.of(name) : new TypedSearch(name, java.util.Optional.empty());
        ChildSearch.Query query = new ChildSearch.Query(typed.name(), typed.dateOfBirth().or(dob::date).orElse(null), nhs);
        boolean searched = !query.isEmpty() || !dob.isBlank();
        List<ChildSummary> results = errors.isEmpty() ? search.search(viewer, query) : List.of();
        List<ChildSearch.Similar> similar = errors.isEmpty() ? search.similar(viewer, query).stream()
                .filter(s -> results.stream().noneMatch(r -> r.id().equals(s.child().id()))).toList() : List.of();
        model.addAttribute("name", name).addAttribute("dob", dob).addAttribute("nhs", nhs)
                .addAttribute("errors", errors).addAttribute("searched", searched && errors.isEmpty())
                .addAttribute("results", results).addAttribute("similar", similar).addAttribute("limit", ChildSearch.LIMIT);
        return "children/search";
    }
}
