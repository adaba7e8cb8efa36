package org.safeguardinghub.frontdoor.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.ChronologyFilter;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.frontdoor.Contact;
import org.safeguardinghub.frontdoor.Contacts;
import org.safeguardinghub.frontdoor.InformationRequests;
import org.safeguardinghub.frontdoor.Outcome;
import org.safeguardinghub.frontdoor.Rag;
import org.safeguardinghub.frontdoor.ThresholdDecisions;
import org.safeguardinghub.frontdoor.Thresholds;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The MASH: the triage queue, and a contact beside everything already known about its child, where
 * it is rated, partners are asked, and the threshold decision is taken and signed off.
 */
@Controller
class TriageController {

    static final int RECENT_ENTRIES = 15;

    private final Contacts contacts;
    private final ThresholdDecisions decisions;
    private final InformationRequests requests;
    private final Thresholds thresholds;
    private final ChildRecords records;
    private final ChronologyQuery chronology;
    private final Agencies agencies;
    private final List<ChildPageSection> sections;
    private final Clock clock;

    TriageController(Contacts contacts, ThresholdDecisions decisions, InformationRequests requests, Thresholds thresholds,
                     ChildRecords records, ChronologyQuery chronology, Agencies agencies, List<ChildPageSection> sections,
                     Clock clock) {
        this.contacts = contacts;
        this.decisions = decisions;
        this.requests = requests;
        this.thresholds = thresholds;
        this.records = records;
        this.chronology = chronology;
        this.agencies = agencies;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ChildPageSection::order)).toList();
        this.clock = clock;
    }

    @GetMapping("/triage")
    String queue(@RequestParam(defaultValue = "1") int page, Actor.Person viewer, Model model) {
        if (!contacts.mayTriage(viewer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Contacts.QueuePage queue = contacts.queue(viewer, page);
        model.addAttribute("queue", queue).addAttribute("now", clock.instant())
                .addAttribute("names", contacts.names(queue.contacts()))
                .addAttribute("agencies", agencies);
        return "frontdoor/queue";
    }

    @GetMapping("/triage/{reference}")
    String show(@PathVariable String reference, Actor viewer, Model model) {
        Opened opened = open(viewer, reference);
        return page(model, opened, Map.of());
    }

    @PostMapping("/triage/{reference}/rating")
    String rate(@PathVariable String reference, @RequestParam(required = false) String rag,
                @RequestParam(defaultValue = "") String note, Actor viewer, Model model) {
        Opened opened = open(viewer, reference);
        Optional<String> problem = contacts.rate(opened.record(), opened.contact(), rag, note);
        return problem.map(p -> page(model, opened, Map.of("rag", p))).orElse(back(reference));
    }

    @PostMapping("/triage/{reference}/requests")
    String ask(@PathVariable String reference, @RequestParam(defaultValue = "") String agency,
               @RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String hours,
               Actor viewer, Model model) {
        Opened opened = open(viewer, reference);
        Map<String, String> problems = requests.ask(opened.record(), opened.contact(), agency, question, hours);
        return problems.isEmpty() ? back(reference) : page(model, opened, problems);
    }

    @PostMapping("/triage/{reference}/decision")
    String decide(@PathVariable String reference, @RequestParam(required = false) String level,
                  @RequestParam(required = false) List<String> descriptors, @RequestParam(defaultValue = "") String rationale,
                  @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "") String advice,
                  Actor viewer, Model model) {
        Opened opened = open(viewer, reference);
        Map<String, String> problems = decisions.decide(opened.record(), opened.contact(),
                new ThresholdDecisions.Proposal(level, descriptors, rationale, outcome, advice));
        return problems.isEmpty() ? back(reference) : page(model, opened, problems);
    }

    @PostMapping("/triage/{reference}/sign-off")
    String signOff(@PathVariable String reference, @RequestParam(defaultValue = "") String note, Actor viewer,
                   Model model) {
        Opened opened = open(viewer, reference);
        Optional<String> problem = decisions.signOff(opened.record(), opened.contact(), note);
        return problem.map(p -> page(model, opened, Map.of("signOff", p))).orElse(back(reference));
    }

    private record Opened(OpenRecord record, Contact contact) {
    }

    /** Opens the contact's child's record (audited); anyone who may not triage, or see the child, gets not found. */
    private Opened open(Actor viewer, String reference) {
        if (!contacts.mayTriage(viewer)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Contact contact = contacts.byReference(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        OpenRecord record = records.open(viewer, contact.child(), AuditAction.VIEW_CHILD, "contact " + contact.reference())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Opened(record, contacts.of(record, contact.reference()).orElseThrow());
    }

    private String page(Model model, Opened opened, Map<String, String> errors) {
        OpenRecord record = opened.record();
        Contact contact = opened.contact();
        List<Contact> childsContacts = contacts.ofChild(record);
        model.addAttribute("contact", contact).addAttribute("errors", errors).addAttribute("access", record.decision())
                .addAttribute("viewer", record.viewer())
                .addAttribute("child", records.profile(record)).addAttribute("childId", record.child().toString())
                .addAttribute("history", contacts.history(contact, childsContacts))
                .addAttribute("others", childsContacts.stream().filter(c -> !c.id().equals(contact.id())).toList())
                .addAttribute("counters", chronology.counters(record))
                .addAttribute("restrictedCount", chronology.restrictedCount(record))
                .addAttribute("recent", chronology.page(record, ChronologyFilter.none(), 0, RECENT_ENTRIES))
                .addAttribute("sections", sections.stream().filter(s -> s.place() != ChildPageSection.Place.SUMMARY)
                        .map(s -> s.render(record)).flatMap(Optional::stream).toList())
                .addAttribute("requests", requests.ofContact(contact))
                .addAttribute("currentThreshold", thresholds.current())
                .addAttribute("outcomes", Arrays.asList(Outcome.values()))
                .addAttribute("rags", Arrays.asList(Rag.values()))
                .addAttribute("agencies", agencies.all())
                .addAttribute("agencyCodes", agencies.all().stream()
                        .collect(java.util.stream.Collectors.toMap(a -> a.id(), a -> a.code())))
                .addAttribute("referrerAgency", agencies.byId(contact.referrerAgencyId()).orElseThrow())
                .addAttribute("maySignOff", decisions.maySignOff(record.viewer(), contact.decision()).allowed())
                .addAttribute("assessmentDue", contacts.assessmentDue(contact).orElse(null))
                .addAttribute("now", clock.instant());
        return "frontdoor/triage";
    }

    private static String back(String reference) {
        return "redirect:/triage/" + reference;
    }
}
