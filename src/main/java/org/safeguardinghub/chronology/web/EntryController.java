package org.safeguardinghub.chronology.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Refused;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.chronology.events.EventRecorder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Recording a chronology entry, looking at one entry and its versions, and correcting it. */
@Controller
class EntryController {

    private final ChildRecords records;
    private final ChronologyQuery chronology;
    private final EventRecorder recorder;
    private final JsonMapper json;

    EntryController(ChildRecords records, ChronologyQuery chronology, EventRecorder recorder, JsonMapper json) {
        this.records = records;
        this.chronology = chronology;
        this.recorder = recorder;
        this.json = json;
    }

    @GetMapping("/children/{id}/entries/new")
    String newEntry(@PathVariable String id, Actor viewer, Model model) {
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.VIEW_CHILD, "record an entry");
        return form(model, record, new EntryForm(), Map.of(), false);
    }

    @PostMapping("/children/{id}/entries")
    String record(@PathVariable String id, @ModelAttribute("entry") EntryForm form, BindingResult binding,
                  Actor viewer, Model model, RedirectAttributes redirect) {
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.VIEW_CHILD, "record an entry");
        Map<String, String> errors = form.formErrors();
        if (errors.isEmpty()) {
            try {
                recorder.record(record, form.toEntry(json));
                redirect.addFlashAttribute("recorded", true);
                return "redirect:/children/" + id;
            } catch (Refused refused) {
                errors = EntryForm.ruleErrors(refused.errors());
            }
        }
        return form(model, record, form, errors, false);
    }

    @GetMapping("/children/{id}/entries/{eventId}")
    String entry(@PathVariable String id, @PathVariable String eventId, Actor viewer, Model model) {
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.VIEW_EVENT, "event " + eventId);
        List<ChronologyEntry> versions = chronology.versions(record, uuid(eventId));
        if (versions.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("childId", id).addAttribute("versions", versions)
                .addAttribute("current", versions.getFirst())
                .addAttribute("mayCorrect", versions.getFirst().agencyId().equals(viewer.agency().id())
                        && viewer instanceof Actor.Person);
        return "entries/entry";
    }

    @GetMapping("/children/{id}/entries/{eventId}/correct")
    String correctForm(@PathVariable String id, @PathVariable String eventId, Actor viewer, Model model) {
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.VIEW_EVENT, "correct event " + eventId);
        ChronologyEntry current = chronology.current(record, uuid(eventId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!current.agencyId().equals(viewer.agency().id())) {
            // only the recording agency corrects; the entry page says whom to ask
            return "redirect:/children/" + id + "/entries/" + eventId;
        }
        model.addAttribute("eventId", eventId);
        return form(model, record, EntryForm.of(current, json), Map.of(), true);
    }

    @PostMapping("/children/{id}/entries/{eventId}/correct")
    String correct(@PathVariable String id, @PathVariable String eventId, @ModelAttribute("entry") EntryForm form,
                   BindingResult binding, Actor viewer, Model model, RedirectAttributes redirect) {
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.VIEW_EVENT, "correct event " + eventId);
        ChronologyEntry current = chronology.current(record, uuid(eventId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        form.keepDetailsOf(current);
        Map<String, String> errors = form.formErrors();
        if (errors.isEmpty()) {
            try {
                recorder.correct(record, uuid(eventId), form.getVersion(), form.toEntry(json), form.getReason());
                redirect.addFlashAttribute("corrected", true);
                return "redirect:/children/" + id + "/entries/" + eventId;
            } catch (Refused refused) {
                errors = EntryForm.ruleErrors(refused.errors());
                model.addAttribute("refusal", refused.errors().stream()
                        .filter(e -> e.field().equals("event")).map(e -> e.message()).findFirst().orElse(null));
            }
        }
        model.addAttribute("eventId", eventId);
        return form(model, record, form, errors, true);
    }

    private String form(Model model, OpenRecord record, EntryForm form, Map<String, String> errors, boolean correcting) {
        model.addAttribute("childId", record.child().toString())
                .addAttribute("child", records.profile(record))
                .addAttribute("entry", form)
                .addAttribute("errors", errors)
                .addAttribute("correcting", correcting)
                .addAttribute("types", Arrays.asList(EventType.values()))
                .addAttribute("significances", List.of(Significance.values()))
                .addAttribute("sensitivities", List.of(Sensitivity.values()));
        return "entries/form";
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
