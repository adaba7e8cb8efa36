package org.safeguardinghub.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.ConveneInput;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.meetings.Meetings;
import org.safeguardinghub.meetings.Problem;
import org.safeguardinghub.meetings.internal.Text;
import org.safeguardinghub.shared.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Convening a meeting: first its type (the proposal depends on it), then when and where, whom to
 * invite (the child's network and the agencies the type requires, all ticked), why any required
 * agency is left out, and anyone else to invite. Works without JavaScript.
 */
@Controller
class ConveneController {

    private final MeetingPages pages;
    private final Meetings meetings;
    private final Clock clock;

    ConveneController(MeetingPages pages, Meetings meetings, Clock clock) {
        this.pages = pages;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/meetings/new")
    String form(@PathVariable String id, @RequestParam(required = false) String type, Actor.Person viewer, Model model) {
        OpenRecord record = pages.open(viewer, id, "convening a meeting");
        Permission permission = meetings.mayConvene(record);
        model.addAttribute("childId", record.child().toString()).addAttribute("permission", permission)
                .addAttribute("types", Arrays.asList(MeetingType.values())).addAttribute("errors", Map.of());
        var chosen = Text.choice(MeetingType.class, type);
        if (permission.refused() || chosen.isEmpty()) {
            return "meetings/new-type";
        }
        Meetings.Proposal proposal = meetings.proposal(record, chosen.get(), LocalDate.now(clock));
        return form(model, proposal, Map.of("type", chosen.get().name()),
                proposal.proposed().stream().map(p -> p.who().id()).collect(Collectors.toSet()), Map.of());
    }

    @PostMapping("/children/{id}/meetings")
    String convene(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Actor.Person viewer,
                   Model model) {
        OpenRecord record = pages.open(viewer, id, "convening a meeting");
        var type = Text.choice(MeetingType.class, params.getFirst("type"));
        model.addAttribute("childId", record.child().toString()).addAttribute("permission", meetings.mayConvene(record))
                .addAttribute("types", Arrays.asList(MeetingType.values()));
        if (type.isEmpty()) {
            model.addAttribute("errors", Map.of("type", Problem.of("meeting.error.type")));
            return "meetings/new-type";
        }
        ConveneInput input = input(type.get(), params);
        Meetings.Convened convened = meetings.convene(record, input);
        if (!convened.problems().isEmpty()) {
            LocalDate on = input.scheduledOn().date().orElse(LocalDate.now(clock));
            return form(model, meetings.proposal(record, type.get(), on), params.toSingleValueMap(), input.invite(),
                    convened.problems());
        }
        return "redirect:/children/" + record.child() + "/meetings/" + convened.meetingId() + "?convened";
    }

    static ConveneInput input(MeetingType type, MultiValueMap<String, String> params) {
        Map<AgencyType, String> reasons = new EnumMap<>(AgencyType.class);
        for (AgencyType kind : AgencyType.values()) {
            String reason = params.getFirst("leftOut-" + kind);
            if (reason != null) {
                reasons.put(kind, reason);
            }
        }
        Set<UUID> invite = params.getOrDefault("invite", List.of()).stream().map(Text::uuid)
                .flatMap(java.util.Optional::stream).collect(Collectors.toSet());
        List<String> others = Arrays.stream(String.valueOf(params.getFirst("alsoInvite")).split("[,;\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty() && !s.equals("null")).toList();
        return new ConveneInput(type, date(params, "scheduledOn"), params.getFirst("time"), params.getFirst("place"),
                date(params, "anchorOn"), invite, reasons, others);
    }

    static DateInput date(MultiValueMap<String, String> params, String name) {
        return new DateInput(params.getFirst(name + "Day"), params.getFirst(name + "Month"), params.getFirst(name + "Year"));
    }

    private String form(Model model, Meetings.Proposal proposal, Map<String, String> values, Set<UUID> invited,
                        Map<String, Problem> errors) {
        model.addAttribute("proposal", proposal).addAttribute("values", values).addAttribute("invited", invited)
                .addAttribute("errors", errors)
                .addAttribute("statutory", org.safeguardinghub.meetings.internal.MeetingTypeRules.statutory(proposal.type()));
        return "meetings/new";
    }
}
