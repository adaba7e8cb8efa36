package org.safeguardinghub.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.Invitation;
import org.safeguardinghub.meetings.Invitations;
import org.safeguardinghub.meetings.MeetingMinutes;
import org.safeguardinghub.meetings.MeetingView;
import org.safeguardinghub.meetings.Meetings;
import org.safeguardinghub.meetings.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A meeting's page: when and where, who was invited and how they replied, the required agencies left
 * out and why, and its minutes (decisions, owned actions, recommendations apart); the invitee's
 * reply, inviting someone else, and an owner marking an action done.
 */
@Controller
class MeetingController {

    private final MeetingPages pages;
    private final Meetings meetings;
    private final Invitations invitations;
    private final MeetingMinutes minutes;
    private final ChildRecords records;
    private final Agencies agencies;
    private final Clock clock;

    MeetingController(MeetingPages pages, Meetings meetings, Invitations invitations, MeetingMinutes minutes,
                      ChildRecords records, Agencies agencies, Clock clock) {
        this.pages = pages;
        this.meetings = meetings;
        this.invitations = invitations;
        this.minutes = minutes;
        this.records = records;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/meetings/{meetingId}")
    String show(@PathVariable String id, @PathVariable String meetingId, Actor viewer, Model model) {
        OpenRecord record = pages.open(viewer, id, "meeting " + meetingId);
        return page(model, record, pages.meeting(record, meetingId), Map.of(), Map.of());
    }

    @PostMapping("/children/{id}/meetings/{meetingId}/reply")
    String reply(@PathVariable String id, @PathVariable String meetingId, @RequestParam(required = false) String response,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) String report,
                 @RequestParam(required = false) String sensitivity, Actor.Person viewer, Model model) {
        OpenRecord record = pages.open(viewer, id, "meeting " + meetingId);
        MeetingView view = pages.meeting(record, meetingId);
        var problem = invitations.reply(record, view, response, reason, report, sensitivity);
        if (problem.isPresent()) {
            return page(model, record, view, Map.of(problem.get().getKey(), problem.get().getValue()),
                    values("response", response, "reason", reason, "report", report, "sensitivity", sensitivity));
        }
        return "redirect:/children/" + record.child() + "/meetings/" + view.meeting().id() + "?replied";
    }

    @PostMapping("/children/{id}/meetings/{meetingId}/invitations")
    String invite(@PathVariable String id, @PathVariable String meetingId, @RequestParam(required = false) String username,
                  Actor.Person viewer, Model model) {
        OpenRecord record = pages.open(viewer, id, "meeting " + meetingId);
        MeetingView view = pages.meeting(record, meetingId);
        var problem = meetings.invite(record, view, username);
        if (problem.isPresent()) {
            return page(model, record, view, Map.of("username", problem.get()), values("username", username));
        }
        return "redirect:/children/" + record.child() + "/meetings/" + view.meeting().id() + "?invited";
    }

    @PostMapping("/children/{id}/meetings/{meetingId}/actions/{actionId}/done")
    String done(@PathVariable String id, @PathVariable String meetingId, @PathVariable UUID actionId,
                @RequestParam(required = false) String note, Actor.Person viewer, Model model) {
        OpenRecord record = pages.open(viewer, id, "meeting " + meetingId);
        MeetingView view = pages.meeting(record, meetingId);
        var problem = minutes.complete(record, view, actionId, note);
        if (problem.isPresent()) {
            return page(model, record, view, Map.of("action-" + actionId, problem.get()), Map.of());
        }
        return "redirect:/children/" + record.child() + "/meetings/" + view.meeting().id() + "#action-" + actionId;
    }

    private String page(Model model, OpenRecord record, MeetingView view, Map<String, Problem> errors,
                        Map<String, String> values) {
        Invitation mine = record.viewer() instanceof Actor.Person p
                ? view.meeting().invitationOf(p.practitionerId()).orElse(null) : null;
        boolean mayRecord = minutes.mayRecord(record, view.meeting());
        model.addAttribute("childId", record.child().toString())
                .addAttribute("childName", records.profile(record).displayName())
                .addAttribute("view", view).addAttribute("meeting", view.meeting())
                .addAttribute("shown", mayRecord ? view.latest() : view.latestFinal())
                .addAttribute("mine", mine).addAttribute("mayRecord", mayRecord)
                .addAttribute("viewer", record.viewer()).addAttribute("decision", record.decision())
                .addAttribute("agencies", agencyNames(view))
                .addAttribute("contacts", contacts(view))
                .addAttribute("today", LocalDate.now(clock))
                .addAttribute("tracked", view.actions().stream().collect(java.util.stream.Collectors.toMap(
                        a -> a.action().id(), a -> a)))
                .addAttribute("completable", view.actions().stream().filter(a -> a.doneAt() == null)
                        .filter(a -> minutes.mayComplete(record, view.meeting(), a)).map(a -> a.action().id())
                        .collect(java.util.stream.Collectors.toSet()))
                .addAttribute("responses", List.of(Invitation.Response.values()))
                .addAttribute("sensitivities", List.of(Sensitivity.values()))
                .addAttribute("errors", errors).addAttribute("values", values);
        return "meetings/meeting";
    }

    private Map<UUID, Agency> agencyNames(MeetingView view) {
        Map<UUID, Agency> names = new LinkedHashMap<>();
        view.meeting().agenciesInvited().forEach(a -> agencies.byId(a).ifPresent(agency -> names.put(a, agency)));
        return names;
    }

    /** Whom to ask about an agency's restricted contribution: its first invitee, and how to reach them. */
    static Map<UUID, String> contacts(MeetingView view) {
        Map<UUID, String> contacts = new LinkedHashMap<>();
        for (Invitation i : view.meeting().invitations()) {
            contacts.putIfAbsent(i.agencyId(), i.who().displayName() + (i.who().email() == null ? "" : " (" + i.who().email() + ")"));
        }
        return contacts;
    }

    static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return values;
    }
}
