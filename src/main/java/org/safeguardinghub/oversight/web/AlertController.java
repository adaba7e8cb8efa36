package org.safeguardinghub.oversight.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.oversight.Alert;
import org.safeguardinghub.oversight.Alerts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An alert's page (reasons, evidence, history) and acknowledging or closing it. */
@Controller
class AlertController {

    private final ChildRecords records;
    private final Alerts alerts;
    private final ChronologyQuery chronology;

    AlertController(ChildRecords records, Alerts alerts, ChronologyQuery chronology) {
        this.records = records;
        this.alerts = alerts;
        this.chronology = chronology;
    }

    static OpenRecord open(ChildRecords records, Actor viewer, String id, String detail) {
        return records.open(viewer, id, AuditAction.VIEW_CHILD, detail)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/children/{id}/alerts/{alertId}")
    String alert(@PathVariable String id, @PathVariable UUID alertId, Actor viewer, Model model) {
        return page(model, open(records, viewer, id, "alert " + alertId), alertId, Map.of());
    }

    @PostMapping("/children/{id}/alerts/{alertId}/acknowledge")
    String acknowledge(@PathVariable String id, @PathVariable UUID alertId, @RequestParam(defaultValue = "") String note,
                       Actor viewer, Model model, RedirectAttributes redirect) {
        OpenRecord record = open(records, viewer, id, "acknowledge alert " + alertId);
        return done(alerts.acknowledge(record, alertId, note), "note", model, record, alertId, redirect, "acknowledged");
    }

    @PostMapping("/children/{id}/alerts/{alertId}/close")
    String close(@PathVariable String id, @PathVariable UUID alertId, @RequestParam(defaultValue = "") String reason,
                 Actor viewer, Model model, RedirectAttributes redirect) {
        OpenRecord record = open(records, viewer, id, "close alert " + alertId);
        return done(alerts.close(record, alertId, reason), "reason", model, record, alertId, redirect, "closed");
    }

    private String done(Optional<String> problem, String field, Model model, OpenRecord record, UUID alertId,
                        RedirectAttributes redirect, String outcome) {
        if (problem.isPresent()) {
            return page(model, record, alertId, Map.of(field, problem.get()));
        }
        redirect.addFlashAttribute("alertOutcome", outcome);
        return "redirect:/children/" + record.child() + "/alerts/" + alertId;
    }

    private String page(Model model, OpenRecord record, UUID alertId, Map<String, String> errors) {
        Alert alert = alerts.get(record, alertId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("childId", record.child().toString())
                .addAttribute("child", records.profile(record))
                .addAttribute("alert", alert)
                .addAttribute("reason", alerts.reason(record, alert))
                .addAttribute("evidence", chronology.entries(record, alert.evidence()))
                .addAttribute("history", alerts.history(record, alertId))
                .addAttribute("errors", errors);
        return "oversight/alert";
    }
}
