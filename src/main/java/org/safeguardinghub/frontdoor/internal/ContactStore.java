package org.safeguardinghub.frontdoor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AccessScope;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.frontdoor.Contact;
import org.safeguardinghub.frontdoor.Outcome;
import org.safeguardinghub.frontdoor.ParentsAware;
import org.safeguardinghub.frontdoor.Rag;
import org.safeguardinghub.frontdoor.Thresholds;
import org.safeguardinghub.frontdoor.Urgency;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts, their ratings and decisions, in {@code frontdoor.*}; rows are only ever added. */
@Repository
public class ContactStore {

    /** A contact with its latest rating and latest decision (and that decision's sign-off). */
    private static final String SELECT = """
            select c.*, r.rag, d.id as decision_id, d.threshold_version, d.level, l.name as level_name, d.descriptors,
                   d.rationale, d.outcome, d.advice, d.decided_by, d.decided_at, s.signed_off_by, s.signed_off_at
            from frontdoor.contact c
            left join lateral (select rag from frontdoor.contact_rating where contact_id = c.id
                               order by rated_at desc limit 1) r on true
            left join lateral (select * from frontdoor.threshold_decision where contact_id = c.id
                               order by decided_at desc limit 1) d on true
            left join frontdoor.threshold_level l on l.version = d.threshold_version and l.level = d.level
            left join frontdoor.decision_sign_off s on s.decision_id = d.id
            """;

    /** Contacts still open at the front door: awaiting a decision or its sign-off. */
    private static final String OPEN = """
            c.awaiting_decision and not exists (select 1 from frontdoor.threshold_decision od
                join frontdoor.decision_sign_off os on os.decision_id = od.id where od.contact_id = c.id)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ContactStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public String nextReference(int year) {
        return nextReferences(year, 1).getFirst();
    }

    List<String> nextReferences(int year, int count) {
        return jdbc.sql("select nextval('frontdoor.contact_number') from generate_series(1, :n)").param("n", count)
                .query(Long.class).list().stream().map(n -> "C-%d-%06d".formatted(year, n)).toList();
    }

    public record NewContact(UUID id, String reference, ChildId child, UUID eventId, Contact.Source source, String sourceEventId,
                      UUID referrerAgencyId, String referrerUsername, String referrerName, String referrerRole,
                      String concern, List<String> categories, String childVoice, ParentsAware parentsAware,
                      Urgency urgency, Instant madeAt, Instant receivedAt, Instant decisionDueAt, boolean awaitingDecision,
                      Sensitivity sensitivity) {
    }

    public void insert(List<NewContact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into frontdoor.contact (id, reference, child_id, event_id, source, source_event_id,
                    referrer_agency_id, referrer_username, referrer_name, referrer_role, concern, categories, child_voice,
                    parents_aware, urgency, made_at, received_at, decision_due_at, awaiting_decision, sensitivity)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", contacts, contacts.size(), (ps, c) -> {
            ps.setObject(1, c.id());
            ps.setString(2, c.reference());
            ps.setObject(3, c.child().value());
            ps.setObject(4, c.eventId());
            ps.setString(5, c.source().name());
            ps.setString(6, c.sourceEventId());
            ps.setObject(7, c.referrerAgencyId());
            ps.setString(8, c.referrerUsername());
            ps.setString(9, c.referrerName());
            ps.setString(10, c.referrerRole());
            ps.setString(11, c.concern());
            ps.setArray(12, ps.getConnection().createArrayOf("text", c.categories().toArray()));
            ps.setString(13, c.childVoice());
            ps.setString(14, c.parentsAware().name());
            ps.setString(15, c.urgency().name());
            ps.setObject(16, Timestamps.of(c.madeAt()));
            ps.setObject(17, Timestamps.of(c.receivedAt()));
            ps.setObject(18, Timestamps.of(c.decisionDueAt()));
            ps.setBoolean(19, c.awaitingDecision());
            ps.setString(20, c.sensitivity().name());
        });
    }

    public Optional<Contact> byReference(String reference) {
        return jdbc.sql(SELECT + " where c.reference = :ref").param("ref", reference).query(this::contact).optional();
    }

    public Optional<Contact> bySourceEvent(UUID agencyId, String sourceEventId) {
        return jdbc.sql(SELECT + " where c.referrer_agency_id = :agency and c.source_event_id = :event")
                .param("agency", agencyId).param("event", sourceEventId).query(this::contact).optional();
    }

    public List<Contact> ofChild(ChildId child) {
        return jdbc.sql(SELECT + " where c.child_id = :child order by c.made_at desc")
                .param("child", child.value()).query(this::contact).list();
    }

    /** The triage queue: open contacts from the agencies the viewer's children's social care serves, most urgent first, then by deadline. */
    public List<Contact> queue(AccessScope scope, int offset, int limit) {
        // the page is chosen first, so only its contacts have their rating and decision looked up
        return jdbc.sql("with page as (select c.id, array_position(array['IMMEDIATE','URGENT','STANDARD'], c.urgency) u,"
                        + " c.decision_due_at, c.reference from frontdoor.contact c where " + OPEN
                        + " and c.referrer_agency_id = any(:agencies)"
                        + " order by u, c.decision_due_at, c.reference offset :offset limit :limit) "
                        + SELECT + " join page p on p.id = c.id order by p.u, p.decision_due_at, p.reference")
                .param("agencies", scope.servedAgencies().toArray(UUID[]::new))
                .param("offset", offset).param("limit", limit).query(this::contact).list();
    }

    public int queueSize(AccessScope scope) {
        return jdbc.sql("select count(*) from frontdoor.contact c where " + OPEN
                        + " and c.referrer_agency_id = any(:agencies)")
                .param("agencies", scope.servedAgencies().toArray(UUID[]::new))
                .query(Integer.class).single();
    }

    public List<Contact> madeBy(String username, int limit) {
        return jdbc.sql(SELECT + " where c.referrer_username = :u order by c.received_at desc limit :limit")
                .param("u", username).param("limit", limit).query(this::contact).list();
    }

    public void rate(UUID contactId, Rag rag, String note, String by, Instant at) {
        jdbc.sql("""
                insert into frontdoor.contact_rating (id, contact_id, rag, note, rated_by, rated_at)
                values (:id, :contact, :rag, :note, :by, :at)""")
                .param("id", Ids.newId()).param("contact", contactId).param("rag", rag.name())
                .param("note", note).param("by", by).param("at", Timestamps.of(at)).update();
    }

    public record NewDecision(UUID id, UUID contactId, int thresholdVersion, int level, List<String> descriptors,
                       String rationale, Outcome outcome, String advice, String decidedBy, Instant decidedAt) {
    }

    public void decide(NewDecision d) {
        jdbc.sql("""
                insert into frontdoor.threshold_decision (id, contact_id, threshold_version, level, descriptors, rationale,
                    outcome, advice, decided_by, decided_at)
                values (:id, :contact, :version, :level, :descriptors, :rationale, :outcome, :advice, :by, :at)""")
                .param("id", d.id()).param("contact", d.contactId()).param("version", d.thresholdVersion())
                .param("level", d.level()).param("descriptors", d.descriptors().toArray(String[]::new))
                .param("rationale", d.rationale()).param("outcome", d.outcome().name()).param("advice", d.advice())
                .param("by", d.decidedBy()).param("at", Timestamps.of(d.decidedAt())).update();
    }

    /** Signs the decision off; false if it already was (someone else signed it meanwhile). */
    public boolean signOff(UUID decisionId, String by, Instant at, String note) {
        return jdbc.sql("""
                insert into frontdoor.decision_sign_off (decision_id, signed_off_by, signed_off_at, note)
                values (:id, :by, :at, :note) on conflict do nothing""")
                .param("id", decisionId).param("by", by).param("at", Timestamps.of(at)).param("note", note).update() == 1;
    }

    /** Serialises changes to one contact (a decision and a sign-off racing). */
    public void lock(UUID contactId) {
        jdbc.sql("select id from frontdoor.contact where id = :id for update").param("id", contactId).query(rs -> { });
    }

    /** The child's contacts still awaiting a decision, with their deadlines. */
    List<DecisionOverdue.Waiting> waiting(ChildId child) {
        return jdbc.sql("""
                select c.reference, c.event_id, c.referrer_agency_id, c.decision_due_at from frontdoor.contact c
                where c.child_id = :child and c.awaiting_decision
                  and not exists (select 1 from frontdoor.threshold_decision d where d.contact_id = c.id)""")
                .param("child", child.value())
                .query((rs, n) -> new DecisionOverdue.Waiting(rs.getString("reference"), rs.getObject("event_id", UUID.class),
                        rs.getObject("referrer_agency_id", UUID.class), rs.getTimestamp("decision_due_at").toInstant()))
                .list();
    }

    /** Children with a contact whose decision deadline has passed unanswered and not yet been alerted. */
    List<ChildId> newlyOverdue(Instant now, int limit) {
        return jdbc.sql("""
                select distinct c.child_id from frontdoor.contact c
                where c.awaiting_decision and c.decision_due_at < :now
                  and not exists (select 1 from frontdoor.threshold_decision d where d.contact_id = c.id)
                  and not exists (select 1 from frontdoor.decision_overdue_seen s where s.contact_id = c.id)
                limit :limit""")
                .param("now", Timestamps.of(now)).param("limit", limit)
                .query((rs, n) -> new ChildId(rs.getObject("child_id", UUID.class))).list();
    }

    void seenOverdue(Collection<String> references, Instant at) {
        jdbc.sql("""
                insert into frontdoor.decision_overdue_seen (contact_id, seen_at)
                select id, :at from frontdoor.contact where reference = any(:refs) on conflict do nothing""")
                .param("at", Timestamps.of(at)).param("refs", references.toArray(String[]::new)).update();
    }

    Set<UUID> agenciesOfOpenRequests(UUID contactId) {
        return Set.copyOf(jdbc.sql("select agency_id from frontdoor.information_request where contact_id = :c")
                .param("c", contactId).query(UUID.class).list());
    }

    private Contact contact(ResultSet rs, int row) throws SQLException {
        Contact.Decision decision = rs.getObject("decision_id") == null ? null : new Contact.Decision(
                rs.getObject("decision_id", UUID.class), rs.getInt("threshold_version"), rs.getInt("level"),
                rs.getString("level_name"), Thresholds.strings(rs.getArray("descriptors")), rs.getString("rationale"),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("advice"), rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant(), rs.getString("signed_off_by"),
                rs.getTimestamp("signed_off_at") == null ? null : rs.getTimestamp("signed_off_at").toInstant());
        return new Contact(rs.getObject("id", UUID.class), rs.getString("reference"),
                new ChildId(rs.getObject("child_id", UUID.class)), rs.getObject("event_id", UUID.class),
                Contact.Source.valueOf(rs.getString("source")), rs.getString("source_event_id"),
                rs.getObject("referrer_agency_id", UUID.class),
                rs.getString("referrer_username"), rs.getString("referrer_name"), rs.getString("referrer_role"),
                rs.getString("concern"), Thresholds.strings(rs.getArray("categories")), rs.getString("child_voice"),
                ParentsAware.valueOf(rs.getString("parents_aware")), Urgency.valueOf(rs.getString("urgency")),
                rs.getTimestamp("made_at").toInstant(), rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("decision_due_at").toInstant(),
                rs.getBoolean("awaiting_decision"), rs.getString("rag") == null ? null : Rag.valueOf(rs.getString("rag")),
                decision, Sensitivity.valueOf(rs.getString("sensitivity")));
    }
}
