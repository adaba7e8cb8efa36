package org.safeguardinghub.chronology.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Refused;
import org.safeguardinghub.shared.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who works with the child (the professional network) and the child's family and household. */
@Controller
class NetworkController {

    private final ChildRecords records;
    private final CareNetwork network;
    private final Practitioners practitioners;
    private final Clock clock;

    NetworkController(ChildRecords records, CareNetwork network, Practitioners practitioners, Clock clock) {
        this.records = records;
        this.network = network;
        this.practitioners = practitioners;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/network")
    String page(@PathVariable String id, Actor viewer, Model model) {
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.VIEW_CHILD, "network");
        return page(model, record, Map.of());
    }

    @PostMapping("/children/{id}/network")
    String add(@PathVariable String id, @RequestParam(defaultValue = "") String username,
               @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "false") boolean allocated,
               Actor viewer, Model model) {
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.VIEW_CHILD, "network");
        Optional<Practitioner> practitioner = practitioners.byUsername(username).filter(Practitioner::active);
        if (practitioner.isEmpty()) {
            return page(model, record, Map.of("username", "network.error.username"));
        }
        try {
            network.add(record, practitioner.get(), role, LocalDate.now(clock), allocated);
        } catch (Refused refused) {
            return page(model, record, Map.of("username", refused.errors().getFirst().message()));
        }
        return "redirect:/children/" + id + "/network";
    }

    @PostMapping("/children/{id}/network/{memberId}/end")
    String end(@PathVariable String id, @PathVariable UUID memberId, @RequestParam(defaultValue = "") String reason,
               Actor viewer, Model model) {
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.VIEW_CHILD, "network");
        try {
            network.end(record, memberId, LocalDate.now(clock), reason);
        } catch (Refused refused) {
            return page(model, record, Map.of("reason-" + memberId, refused.errors().getFirst().message()));
        }
        return "redirect:/children/" + id + "/network";
    }

    @PostMapping("/children/{id}/family")
    String addFamily(@PathVariable String id, @RequestParam(defaultValue = "") String name,
                     @RequestParam(required = false) CareNetwork.Relationship relationship,
                     @RequestParam(defaultValue = "false") boolean livesWithChild,
                     @RequestParam(required = false) String dobDay, @RequestParam(required = false) String dobMonth,
                     @RequestParam(required = false) String dobYear, @RequestParam(defaultValue = "") String notes,
                     Actor viewer, Model model) {
        OpenRecord record = Pages.open(records, viewer, id, AuditAction.VIEW_CHILD, "family");
        DateInput dob = new DateInput(dobDay, dobMonth, dobYear);
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isBlank() || name.length() > 200) {
            errors.put("name", "family.error.name");
        }
        if (relationship == null) {
            errors.put("relationship", "family.error.relationship");
        }
        if (dob.error() != null) {
            errors.put("dob", dob.error());
        }
        if (!errors.isEmpty()) {
            return page(model, record, errors);
        }
        network.addFamilyMember(record, new CareNetwork.NewFamilyMember(name, relationship, livesWithChild,
                dob.date().orElse(null), notes.isBlank() ? null : notes.strip()));
        return "redirect:/children/" + id + "/network";
    }

    private String page(Model model, OpenRecord record, Map<String, String> errors) {
        model.addAttribute("childId", record.child().toString())
                .addAttribute("child", records.profile(record))
                .addAttribute("today", LocalDate.now(clock))
                .addAttribute("errors", errors)
                .addAttribute("mayAllocate", record.viewer() instanceof Actor.Person p && p.agency().isChildrensSocialCare()
                        && p.has(Role.TEAM_MANAGER))
                .addAttribute("relationships", List.of(CareNetwork.Relationship.values()));
        return "children/network";
    }
}
