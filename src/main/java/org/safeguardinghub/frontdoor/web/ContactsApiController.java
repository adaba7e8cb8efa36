package org.safeguardinghub.frontdoor.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.frontdoor.Contact;
import org.safeguardinghub.frontdoor.Contacts;
import org.safeguardinghub.shared.ApiProblems;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/contacts/{reference}}: what happened to a contact, for the referring agency's
 * own systems to show their staff (docs/partner-api.md).
 */
@RestController
@Tag(name = "Contacts", description = "What happened to a contact your agency made")
class ContactsApiController {

    private final Contacts contacts;

    ContactsApiController(Contacts contacts) {
        this.contacts = contacts;
    }

    record ContactOutcome(String reference, String eventId, String childId, String receivedAt, String decisionDueAt,
                          Contact.Status status, boolean referral, Decision decision, String assessmentDueOn) {
    }

    record Decision(int level, String levelName, String outcome, String rationale, String advice, String decidedAt,
                    String signedOffAt, List<String> descriptors) {
    }

    @Operation(summary = "A contact your agency made, and its outcome",
            description = "By the hub's reference (C-yyyy-nnnnnn) or by your own eventId of the CONTACT event. The "
                    + "decision is given once a manager has signed it off; until then the status says what it waits for. "
                    + "A contact another agency made is 404.")
    @GetMapping(path = "/api/v1/contacts/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    ContactOutcome contact(@PathVariable String reference, Actor.PartnerSystem client) {
        Contact c = contacts.forClient(client, reference)
                .orElseThrow(() -> new ApiProblems.NotFound("No contact " + reference + " made by your agency."));
        Contact.Decision d = c.decision() != null && c.decision().signedOff() ? c.decision() : null;
        return new ContactOutcome(c.reference(), c.source() == Contact.Source.FEED ? c.sourceEventId() : null,
                c.child().toString(), c.receivedAt().toString(), c.decisionDueAt().toString(), c.status(), c.referral(),
                d == null ? null : new Decision(d.level(), d.levelName(), d.outcome().name(), d.rationale(), d.advice(),
                        d.decidedAt().toString(), d.signedOffAt().toString(), d.descriptors()),
                contacts.assessmentDue(c).map(LocalDate::toString).orElse(null));
    }
}
