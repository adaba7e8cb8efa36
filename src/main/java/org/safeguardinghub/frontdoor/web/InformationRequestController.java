package org.safeguardinghub.frontdoor.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventFacts;
import org.safeguardinghub.frontdoor.Contacts;
import org.safeguardinghub.frontdoor.InformationRequest;
import org.safeguardinghub.frontdoor.InformationRequests;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The MASH's requests as the agency asked sees them: what is asked about which child and by when,
 * and the answer. The agency sees the child's name and date of birth and the question, not the
 * child's record.
 */
@Controller
class InformationRequestController {

    private final InformationRequests requests;
    private final Contacts contacts;
    private final EventFacts facts;
    private final Clock clock;

    InformationRequestController(InformationRequests requests, Contacts contacts, EventFacts facts, Clock clock) {
        this.requests = requests;
        this.contacts = contacts;
        this.facts = facts;
        this.clock = clock;
    }

    @GetMapping("/information-requests")
    String list(Actor.Person viewer, Model model) {
        List<InformationRequest> list = requests.forAgency(viewer);
        model.addAttribute("requests", list).addAttribute("now", clock.instant())
                .addAttribute("names", contacts.namesOf(list.stream().map(InformationRequest::child).distinct().toList()));
        return "frontdoor/requests";
    }

    @GetMapping("/information-requests/{id}")
    String show(@PathVariable UUID id, Actor.Person viewer, Model model) {
        return page(model, viewer, id, Optional.empty(), "");
    }

    @PostMapping("/information-requests/{id}")
    String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String answer,
                  @RequestParam(defaultValue = "STANDARD") Sensitivity sensitivity, Actor.Person viewer, Model model) {
        Optional<String> problem = requests.answer(viewer, id, answer, sensitivity);
        return problem.isPresent() ? page(model, viewer, id, problem, answer) : "redirect:/information-requests/" + id;
    }

    private String page(Model model, Actor.Person viewer, UUID id, Optional<String> problem, String answer) {
        InformationRequest request = requests.forAgency(viewer, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ChildId child = request.child();
        model.addAttribute("request", request).addAttribute("now", clock.instant()).addAttribute("answer", answer)
                .addAttribute("childName", contacts.namesOf(List.of(child)).get(child))
                .addAttribute("dateOfBirth", facts.datesOfBirth(List.of(child)).get(child))
                .addAttribute("sensitivities", List.of(Sensitivity.values()))
                .addAttribute("errors", problem.map(p -> Map.of("answer", p)).orElse(Map.of()));
        return "frontdoor/request";
    }
}
