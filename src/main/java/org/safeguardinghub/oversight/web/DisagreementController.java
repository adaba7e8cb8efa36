package org.safeguardinghub.oversight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.oversight.Disagreement;
import org.safeguardinghub.oversight.Disagreements;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Raising a professional disagreement, and responding, escalating or resolving one. */
@Controller
class DisagreementController {

    private final ChildRecords records;
    private final Disagreements disagreements;
    private final Agencies agencies;
    private final Clock clock;

    DisagreementController(ChildRecords records, Disagreements disagreements, Agencies agencies, Clock clock) {
        this.records = records;
        this.disagreements = disagreements;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/disagreements/new")
    String form(@PathVariable String id, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String decision, @RequestParam(required = false) String withAgency,
                Actor viewer, Model model) {
        OpenRecord record = AlertController.open(records, viewer, id, "raise a disagreement");
        return form(model, record, new Disagreements.Challenge(kind, decision, withAgency, null, null), Map.of());
    }

    @PostMapping("/children/{id}/disagreements")
    String raise(@PathVariable String id, @RequestParam(required = false) String kind,
                 @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String withAgency,
                 @RequestParam(defaultValue = "") String withPractitioner, @RequestParam(defaultValue = "") String reason,
                 Actor viewer, Model model) {
        OpenRecord record = AlertController.open(records, viewer, id, "raise a disagreement");
        var challenge = new Disagreements.Challenge(kind, decision, withAgency, withPractitioner, reason);
        Disagreements.Raised raised = disagreements.raise(record, challenge);
        if (!raised.errors().isEmpty()) {
            return form(model, record, challenge, raised.errors());
        }
        return "redirect:/children/" + record.child() + "/disagreements/" + raised.id();
    }

    @GetMapping("/children/{id}/disagreements/{disagreementId}")
    String show(@PathVariable String id, @PathVariable UUID disagreementId, Actor viewer, Model model) {
        return page(model, AlertController.open(records, viewer, id, "disagreement " + disagreementId), disagreementId, Map.of());
    }

    @PostMapping("/children/{id}/disagreements/{disagreementId}/respond")
    String respond(@PathVariable String id, @PathVariable UUID disagreementId, @RequestParam(defaultValue = "") String note,
                   Actor viewer, Model model) {
        OpenRecord record = AlertController.open(records, viewer, id, "respond disagreement " + disagreementId);
        return done(model, record, disagreementId, "respond", disagreements.respond(record, disagreementId, note));
    }

    @PostMapping("/children/{id}/disagreements/{disagreementId}/escalate")
    String escalate(@PathVariable String id, @PathVariable UUID disagreementId, @RequestParam(defaultValue = "") String note,
                    @RequestParam(required = false) Integer stage, Actor viewer, Model model) {
        OpenRecord record = AlertController.open(records, viewer, id, "escalate disagreement " + disagreementId);
        return done(model, record, disagreementId, "escalate", disagreements.escalate(record, disagreementId, note, stage));
    }

    @PostMapping("/children/{id}/disagreements/{disagreementId}/resolve")
    String resolve(@PathVariable String id, @PathVariable UUID disagreementId, @RequestParam(defaultValue = "") String note,
                   Actor viewer, Model model) {
        OpenRecord record = AlertController.open(records, viewer, id, "resolve disagreement " + disagreementId);
        return done(model, record, disagreementId, "resolve", disagreements.resolve(record, disagreementId, note));
    }

    /** Back to the disagreement when done, else its page again with the problem beside the form ({@code form}). */
    private String done(Model model, OpenRecord record, UUID disagreementId, String form, Optional<String> problem) {
        if (problem.isPresent()) {
            return page(model, record, disagreementId, Map.of(form, problem.get()));
        }
        return "redirect:/children/" + record.child() + "/disagreements/" + disagreementId;
    }

    private String form(Model model, OpenRecord record, Disagreements.Challenge challenge, Map<String, String> errors) {
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("challenge", challenge).addAttribute("errors", errors)
                .addAttribute("kinds", List.of(Disagreement.DecisionKind.values()))
                .addAttribute("agencies", agencies.all());
        return "oversight/disagreement-new";
    }

    private String page(Model model, OpenRecord record, UUID disagreementId, Map<String, String> errors) {
        Disagreement disagreement = disagreements.get(record, disagreementId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("childId", record.child().toString()).addAttribute("child", records.profile(record))
                .addAttribute("d", disagreement).addAttribute("errors", errors)
                .addAttribute("today", LocalDate.now(clock));
        return "oversight/disagreement";
    }
}
