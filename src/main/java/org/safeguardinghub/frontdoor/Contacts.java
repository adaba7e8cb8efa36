package org.safeguardinghub.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.ChildAccess;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.EventFeed;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.RecordedContents;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.chronology.Subject;
import org.safeguardinghub.frontdoor.internal.ContactHistory;
import org.safeguardinghub.frontdoor.internal.ContactStore;
import org.safeguardinghub.frontdoor.internal.MashAccess;
import org.safeguardinghub.frontdoor.internal.DecisionTimescale;
import org.safeguardinghub.frontdoor.internal.FrontDoorPermissions;
import org.safeguardinghub.frontdoor.internal.Input;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.shared.Ids;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts made on the web form, the triage queue, and a contact as the MASH and its referrer see
 * it. Decisions on contacts are {@link ThresholdDecisions}'; requests to partners are
 * {@link InformationRequests}'.
 */
@Service
public class Contacts {

    public static final int PAGE_SIZE = 50;

    private final ContactStore store;
    private final MashAccess mash;
    private final ChronologyEntries entries;
    private final RecordedContents recorded;
    private final CareNetwork network;
    private final Agencies agencies;
    private final ChildAccess access;
    private final WorkingDays workingDays;
    private final DecisionTimescale timescale;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    Contacts(ContactStore store, MashAccess mash, ChronologyEntries entries, RecordedContents recorded, CareNetwork network, Agencies agencies, ChildAccess access, WorkingDays workingDays,
             FrontDoorProperties properties, AuditLog auditLog, MessageSource messages, Clock clock) {
        this.store = store;
        this.mash = mash;
        this.entries = entries;
        this.recorded = recorded;
        this.network = network;
        this.agencies = agencies;
        this.access = access;
        this.workingDays = workingDays;
        this.timescale = new DecisionTimescale(properties.decisionWorkingDays(), properties.assessmentWorkingDays());
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** The contact's reference and when a decision is due, or the problems by field (message keys). */
    public record Submitted(String reference, ChildId child, DecisionTimescale.Deadline deadline,
                            Map<String, String> problems) {
    }

    /**
     * Records the contact in the child's chronology (linking the child as the feed does) and opens it
     * at the front door, both in one transaction: a contact refused for any reason stores nothing.
     */
    @Transactional
    public Submitted submit(Actor.Person by, ContactSubmission contact) {
        Optional<Agency> referrerAgency = referrerAgency(by, contact.referrerAgency());
        Map<String, String> problems = contact.problems(LocalDate.now(clock), referrerAgency.isPresent());
        if (!problems.isEmpty()) {
            return new Submitted(null, null, null, problems);
        }
        Instant now = clock.instant();
        String reference = store.nextReference(Year.now(clock).getValue());
        // the form checks what the chronology checks; should they ever differ, Refused undoes everything
        EventFeed.Result result = entries.recordAbout(by, "contact-" + reference, subject(contact),
                event(by, reference, contact, now));
        Urgency urgency = Urgency.valueOf(contact.urgency());
        DecisionTimescale.Deadline deadline = timescale.decisionDue(now, workingDays.calendar());
        ContactStore.NewContact opened = new ContactStore.NewContact(Ids.newId(), reference, result.childId(), eventIdOf(by.agency(), result), Contact.Source.WEB,
                null, referrerAgency.get().id(), by.username(), by.displayName(), Input.blankToNull(contact.referrerRole()),
                contact.concern().strip(), contact.categories(), contact.childVoice().strip(),
                ParentsAware.valueOf(contact.parentsAware()), urgency, now, now, deadline.due(), true, Sensitivity.STANDARD);
        store.insert(List.of(opened));
        mash.openedAll(List.of(opened));
        auditLog.record(by, AuditAction.SUBMIT_CONTACT, result.childId().value(), reference);
        return new Submitted(reference, result.childId(), deadline, Map.of());
    }

    /** A practitioner makes contacts for their own agency; the MASH also takes them by phone for any agency. */
    Optional<Agency> referrerAgency(Actor.Person by, String code) {
        if (code == null || code.isBlank() || code.equals(by.agency().code())) {
            return Optional.of(by.agency());
        }
        return mayTriage(by) ? agencies.byCode(code) : Optional.empty();
    }

    private UUID eventIdOf(Agency agency, EventFeed.Result result) {
        return recorded.eventId(agency.id(), result.eventId()).orElseThrow();
    }

    /** The contact as its child's chronology keeps it: a CONTACT of the referrer's agency, about the child described. */
    private NewEvent event(Actor.Person by, String reference, ContactSubmission c, Instant now) {
        String summary = text("contact.entry", reference, c.concern().strip());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("concern", c.concern().strip());
        details.put("referrerName", by.displayName());
        Optional.ofNullable(Input.blankToNull(c.referrerRole())).ifPresent(role -> details.put("referrerRole", role));
        details.put("categories", List.copyOf(c.categories()));
        details.put("childsVoice", c.childVoice().strip());
        details.put("parentsAware", c.parentsAware());
        details.put("urgency", c.urgency());
        details.put("contactReference", reference);
        return new NewEvent(EventType.CONTACT, now, null, summary,
                Urgency.valueOf(c.urgency()) == Urgency.IMMEDIATE ? Significance.CRITICAL : Significance.SIGNIFICANT,
                Sensitivity.STANDARD, details);
    }

    private static Subject subject(ContactSubmission c) {
        return new Subject(Input.blankToNull(c.nhsNumber()), null, null, Input.blankToNull(c.givenName()),
                Input.blankToNull(c.familyName()), c.birthDate().orElse(null), null, Input.blankToNull(c.postcode()),
                Input.blankToNull(c.address()));
    }

    /** Who works the triage queue: the MASH and the managers of children's social care. */
    public boolean mayTriage(Actor viewer) {
        return FrontDoorPermissions.triage(viewer).allowed();
    }

    public record QueuePage(List<Contact> contacts, int page, int pages, int total) {
    }

    public QueuePage queue(Actor.Person viewer, int page) {
        if (!mayTriage(viewer)) {
            return new QueuePage(List.of(), 1, 1, 0);
        }
        var scope = access.scopeOf(viewer);
        int total = store.queueSize(scope);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<Contact> contacts = store.queue(scope, (shown - 1) * PAGE_SIZE, PAGE_SIZE);
        auditLog.recordViews(viewer, AuditAction.VIEW_LIST, contacts.stream().map(c -> c.child().value()).distinct().toList(),
                "triage queue page " + shown);
        return new QueuePage(contacts, shown, pages, total);
    }

    /** The children's names for a page of contacts (the queue shows who each contact is about). */
    public Map<ChildId, String> names(List<Contact> contacts) {
        return namesOf(contacts.stream().map(Contact::child).distinct().toList());
    }

    public Map<ChildId, String> namesOf(List<ChildId> children) {
        return network.names(children);
    }

    /** A contact by its reference, for finding its child before the record is opened. */
    public Optional<Contact> byReference(String reference) {
        return reference == null ? Optional.empty() : store.byReference(reference.strip().toUpperCase(Locale.ROOT));
    }

    /** A contact of the opened record's child. */
    public Optional<Contact> of(OpenRecord record, String reference) {
        return byReference(reference).filter(c -> c.child().equals(record.child()));
    }

    /** The child's contacts, latest first (each with its outcome), for the contact view and the child's page. */
    public List<Contact> ofChild(OpenRecord record) {
        return store.ofChild(record.child());
    }

    public ContactHistory.Standing history(Contact contact, List<Contact> childsContacts) {
        return ContactHistory.of(contact.madeAt(), childsContacts.stream().filter(c -> !c.id().equals(contact.id()))
                .map(c -> new ContactHistory.Earlier(c.reference(), c.madeAt(),
                        agencies.byId(c.referrerAgencyId()).map(Agency::code).orElse(""),
                        c.decision() != null && c.decision().signedOff() ? c.decision().outcome() : null))
                .toList());
    }

    /** The contacts a practitioner made, latest first, with their outcomes. */
    public List<Contact> madeBy(Actor.Person viewer) {
        return store.madeBy(viewer.username(), 100);
    }

    /**
     * A contact as its referrer sees it: the referrer, or a safeguarding lead of the referrer's
     * agency. Audited as a view of the child's record.
     */
    public Optional<Contact> forReferrer(Actor.Person viewer, String reference) {
        Optional<Contact> contact = byReference(reference).filter(c -> viewer.username().equals(c.referrerUsername())
                || viewer.agency().id().equals(c.referrerAgencyId()) && viewer.has(Role.SAFEGUARDING_LEAD));
        contact.ifPresent(c -> auditLog.recordView(viewer, AuditAction.VIEW_CONTACT, c.child().value(),
                "referrer's view of " + c.reference()));
        return contact;
    }

    /** A contact as the partner system of the referring agency reads it, by our reference or its own eventId. */
    public Optional<Contact> forClient(Actor.PartnerSystem client, String reference) {
        Optional<Contact> contact = byReference(reference).filter(c -> c.referrerAgencyId().equals(client.agency().id()))
                .or(() -> store.bySourceEvent(client.agency().id(), reference));
        contact.ifPresent(c -> auditLog.recordView(client, AuditAction.VIEW_CONTACT, c.child().value(), c.reference()));
        return contact;
    }

    @Transactional
    public Optional<String> rate(OpenRecord record, Contact contact, String rag, String note) {
        Optional<Rag> rating = Input.choice(Rag.class, rag);
        if (rating.isEmpty()) {
            return Optional.of("contact.error.rag");
        }
        if (!mayTriage(record.viewer()) || note != null && note.length() > ContactSubmission.MAX_CONCERN) {
            return Optional.of("contact.error.mayNotTriage");
        }
        store.rate(contact.id(), rating.get(), Input.blankToNull(note), record.viewer().auditName(), clock.instant());
        auditLog.record(record.viewer(), AuditAction.CHANGE_CONTACT, contact.child().value(),
                contact.reference() + " rated " + rating.get());
        return Optional.empty();
    }

    /** When the assessment of a referral is due (45 working days from the referral), if one runs. */
    public Optional<LocalDate> assessmentDue(Contact contact) {
        if (!contact.referral() || !contact.decision().outcome().startsAssessment()) {
            return Optional.empty();
        }
        LocalDate referred = LocalDate.ofInstant(contact.decision().signedOffAt(), HubTime.ZONE);
        return Optional.of(timescale.assessmentDue(referred, workingDays.calendar()));
    }

    /** When the contact's decision was due and why then, for the page to explain the date it gives. */
    public DecisionTimescale.Deadline deadline(Contact contact) {
        return timescale.decisionDue(contact.receivedAt(), workingDays.calendar());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

}
