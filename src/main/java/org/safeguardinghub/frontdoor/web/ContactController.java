package org.safeguardinghub.frontdoor.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.frontdoor.Category;
import org.safeguardinghub.frontdoor.Contact;
import org.safeguardinghub.frontdoor.ContactSubmission;
import org.safeguardinghub.frontdoor.Contacts;
import org.safeguardinghub.frontdoor.ParentsAware;
import org.safeguardinghub.frontdoor.Urgency;
import org.safeguardinghub.shared.DateInput;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Making a contact, and a contact as its referrer follows it: the reference and deadline at once,
 * then the outcome and the reason, with the way to disagree.
 */
@Controller
class ContactController {

    private final Contacts contacts;
    private final Agencies agencies;
    private final Clock clock;

    ContactController(Contacts contacts, Agencies agencies, Clock clock) {
        this.contacts = contacts;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/contacts/new")
    String form(Actor.Person viewer, Model model) {
        return form(model, viewer, new ContactSubmission(null, null, new DateInput(null, null, null), null, null, null,
                viewer.agency().code(), null, null, List.of(), null, null, null), Map.of());
    }

    @PostMapping("/contacts")
    String submit(@RequestParam(defaultValue = "") String givenName, @RequestParam(defaultValue = "") String familyName,
                  @RequestParam(required = false) String dateOfBirthDay,
                  @RequestParam(required = false) String dateOfBirthMonth,
                  @RequestParam(required = false) String dateOfBirthYear,
                  @RequestParam(defaultValue = "") String nhsNumber, @RequestParam(defaultValue = "") String postcode,
                  @RequestParam(defaultValue = "") String address, @RequestParam(required = false) String referrerAgency,
                  @RequestParam(defaultValue = "") String referrerRole, @RequestParam(defaultValue = "") String concern,
                  @RequestParam(required = false) List<String> categories,
                  @RequestParam(defaultValue = "") String childVoice, @RequestParam(required = false) String parentsAware,
                  @RequestParam(required = false) String urgency, Actor.Person viewer, Model model) {
        var submission = new ContactSubmission(givenName, familyName,
                new DateInput(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear), nhsNumber, postcode, address,
                referrerAgency, referrerRole, concern, categories, childVoice, parentsAware, urgency);
        Contacts.Submitted submitted = contacts.submit(viewer, submission);
        if (!submitted.problems().isEmpty()) {
            return form(model, viewer, submission, submitted.problems());
        }
        return "redirect:/contacts/" + submitted.reference() + "?made";
    }

    @GetMapping("/contacts")
    String mine(Actor.Person viewer, Model model) {
        model.addAttribute("contacts", contacts.madeBy(viewer));
        return "frontdoor/mine";
    }

    @GetMapping("/contacts/{reference}")
    String show(@PathVariable String reference, @RequestParam(required = false) String made,
                Actor.Person viewer, Model model) {
        Contact contact = contacts.forReferrer(viewer, reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("contact", contact).addAttribute("made", made != null)
                .addAttribute("agency", agencies.byId(contact.referrerAgencyId()).orElseThrow())
                .addAttribute("socialCare", agencies.childrensSocialCareServing(Set.of(contact.referrerAgencyId())).stream()
                        .map(agencies::byId).flatMap(Optional::stream).findFirst().orElse(null))
                .addAttribute("assessmentDue", contacts.assessmentDue(contact).orElse(null))
                .addAttribute("deadline", contacts.deadline(contact))
                .addAttribute("now", clock.instant());
        return "frontdoor/contact";
    }

    private String form(Model model, Actor.Person viewer, ContactSubmission submission,
                        Map<String, String> errors) {
        model.addAttribute("form", submission).addAttribute("errors", errors)
                .addAttribute("mayChooseAgency", contacts.mayTriage(viewer))
                .addAttribute("agencies", agencies.all())
                .addAttribute("categories", Arrays.asList(Category.values()))
                .addAttribute("parentsAwareOptions", Arrays.asList(ParentsAware.values()))
                .addAttribute("urgencies", Arrays.asList(Urgency.values()));
        return "frontdoor/contact-new";
    }
}
