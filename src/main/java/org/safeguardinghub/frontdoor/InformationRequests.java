package org.safeguardinghub.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.frontdoor.internal.Input;
import org.safeguardinghub.notifications.Notifications;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MASH asks partner agencies what they know about a contact's child, with a deadline in hours
 * ("live time information sharing", seeds 002). Any practitioner of the agency asked may answer;
 * the answer lands in the contact and in the child's chronology as that agency's entry. The agency
 * is told through its practitioners' inboxes.
 */
@Service
public class InformationRequests {

    static final int MAX_HOURS = 24 * 10;

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final Agencies agencies;
    private final Practitioners practitioners;
    private final ChronologyEntries chronology;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    InformationRequests(JdbcClient jdbc, Contacts contacts, Agencies agencies, Practitioners practitioners,
                        ChronologyEntries chronology, Notifications notifications, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.chronology = chronology;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Sends a request; the problems by field (message keys) if it cannot be sent. */
    @Transactional
    public Map<String, String> ask(OpenRecord record, Contact contact, String agencyCode, String question, String hours) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<Agency> agency = agencies.byCode(agencyCode);
        if (!contacts.mayTriage(record.viewer())) {
            problems.put("agency", "contact.error.mayNotTriage");
            return problems;
        }
        if (agency.isEmpty()) {
            problems.put("agency", "request.error.agency");
        }
        if (Input.missingOrLongerThan(question, ContactSubmission.MAX_CONCERN)) {
            problems.put("question", "request.error.question");
        }
        Integer within = Input.number(hours).filter(h -> h >= 1 && h <= MAX_HOURS).orElse(null);
        if (within == null) {
            problems.put("hours", "request.error.hours");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Instant now = clock.instant();
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into frontdoor.information_request (id, contact_id, agency_id, question, requested_by, requested_at, due_at)
                values (:id, :contact, :agency, :question, :by, :at, :due)""")
                .param("id", id).param("contact", contact.id()).param("agency", agency.get().id())
                .param("question", question.strip()).param("by", record.viewer().auditName()).param("at", Timestamps.of(now))
                .param("due", Timestamps.of(now.plus(Duration.ofHours(within)))).update();
        notifications.tell(askedOf(agency.get()), contact.child(),
                contacts.text("request.notification.subject", contact.reference()),
                contacts.text("request.notification.body", within), "/information-requests/" + id);
        auditLog.record(record.viewer(), AuditAction.REQUEST_INFORMATION, contact.child().value(),
                contact.reference() + " asked " + agency.get().code());
        return Map.of();
    }

    /** Who hears of a request: the agency's safeguarding leads, or everyone in it if it has none. */
    private List<UUID> askedOf(Agency agency) {
        List<Practitioner> leads = practitioners.withRole(Role.SAFEGUARDING_LEAD, Set.of(agency.id()));
        return (leads.isEmpty() ? practitioners.ofAgency(agency.id(), null) : leads).stream()
                .filter(Practitioner::active).map(Practitioner::id).toList();
    }

    /** The requests about a contact, oldest first. */
    public List<InformationRequest> ofContact(Contact contact) {
        return load("r.contact_id = :key", contact.id());
    }

    /** The requests made of the viewer's agency, latest first; audited as a view of each child named. */
    public List<InformationRequest> forAgency(Actor.Person viewer) {
        List<InformationRequest> requests = new ArrayList<>(load("r.agency_id = :key", viewer.agency().id()));
        java.util.Collections.reverse(requests);
        auditLog.recordViews(viewer, AuditAction.VIEW_LIST, requests.stream().map(r -> r.child().value()).distinct().toList(),
                "information requests to " + viewer.agency().code());
        return requests;
    }

    /**
     * A request as its agency sees it; audited as a view of the child (the request names the child),
     * refused to anyone outside the agency asked.
     */
    public Optional<InformationRequest> forAgency(Actor.Person viewer, UUID id) {
        Optional<InformationRequest> request = load("r.id = :key", id).stream().findFirst()
                .filter(r -> r.agencyId().equals(viewer.agency().id()));
        request.ifPresent(r -> auditLog.recordView(viewer, AuditAction.VIEW_CONTACT, r.child().value(),
                "information request " + id));
        return request;
    }

    /**
     * Records the agency's answer at the sensitivity it chose (the MASH and the chronology show it
     * only to those who may read that); the problem (a message key) if it cannot be.
     */
    @Transactional
    public Optional<String> answer(Actor.Person viewer, UUID id, String answer, Sensitivity sensitivity) {
        Optional<InformationRequest> request = load("r.id = :key", id).stream().findFirst()
                .filter(r -> r.agencyId().equals(viewer.agency().id()));
        if (request.isEmpty()) {
            return Optional.of("request.error.notFound");
        }
        if (Input.missingOrLongerThan(answer, ContactSubmission.MAX_CONCERN)) {
            return Optional.of("request.error.answer");
        }
        Instant now = clock.instant();
        UUID entry = chronology.record(request.get().child(), viewer.agency().id(),
                ChronologyEntries.Author.practitioner(viewer.username()), NewEvent.note(now, contacts.text(
                        "request.answer.entry", viewer.agency().code(), request.get().contactReference(), answer.strip()))
                        .withSensitivity(sensitivity));
        jdbc.sql("""
                insert into frontdoor.information_answer (id, request_id, answer, answered_by, answered_at, event_id, sensitivity)
                values (:id, :request, :answer, :by, :at, :event, :sensitivity)""")
                .param("sensitivity", sensitivity.name())
                .param("id", Ids.newId()).param("request", id).param("answer", answer.strip())
                .param("by", viewer.username()).param("at", Timestamps.of(now)).param("event", entry).update();
        practitioners.byUsername(request.get().requestedBy()).ifPresent(asker -> notifications.tell(List.of(asker.id()),
                request.get().child(), contacts.text("request.answered.subject", viewer.agency().code(),
                        request.get().contactReference()), contacts.text("request.answered.body"),
                "/triage/" + request.get().contactReference()));
        auditLog.record(viewer, AuditAction.ANSWER_INFORMATION_REQUEST, request.get().child().value(),
                "information request " + id);
        return Optional.empty();
    }

    private List<InformationRequest> load(String where, UUID key) {
        Map<UUID, List<InformationRequest.Answer>> answers = new LinkedHashMap<>();
        jdbc.sql("""
                select a.* from frontdoor.information_answer a join frontdoor.information_request r on r.id = a.request_id
                """ + "where " + where + " order by a.answered_at").param("key", key)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getObject("request_id", UUID.class), k -> new ArrayList<>())
                            .add(new InformationRequest.Answer(rs.getString("answer"), rs.getString("answered_by"),
                                    rs.getTimestamp("answered_at").toInstant(), Sensitivity.valueOf(rs.getString("sensitivity"))));
                });
        return jdbc.sql("""
                select r.*, c.reference, c.child_id from frontdoor.information_request r
                join frontdoor.contact c on c.id = r.contact_id
                """ + "where " + where + " order by r.requested_at")
                .param("key", key)
                .query((rs, n) -> new InformationRequest(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
                        rs.getString("reference"), new ChildId(rs.getObject("child_id", UUID.class)),
                        rs.getObject("agency_id", UUID.class), rs.getString("question"), rs.getString("requested_by"),
                        rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                        answers.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

}
