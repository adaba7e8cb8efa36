package org.safeguardinghub.frontdoor;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
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
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.frontdoor.internal.FrontDoorPermissions;
import org.safeguardinghub.frontdoor.internal.Input;
import org.safeguardinghub.frontdoor.internal.LevelChangeRule;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's level of need over time. It is set by a signed-off threshold decision and changed only
 * by a recorded step up, step down or closure ({@link LevelChangeRule}) that takes effect when a
 * manager signs it off.
 */
@Service
public class LevelsOfNeed {

    private final JdbcClient jdbc;
    private final Thresholds thresholds;
    private final Agencies agencies;
    private final ChronologyEntries chronology;
    private final AuditLog auditLog;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;

    LevelsOfNeed(JdbcClient jdbc, Thresholds thresholds, Agencies agencies, ChronologyEntries chronology, AuditLog auditLog,
                 org.springframework.context.MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.thresholds = thresholds;
        this.agencies = agencies;
        this.chronology = chronology;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** One change of level, with its sign-off once given. */
    public record Change(UUID id, LevelChangeRule.Kind kind, Integer from, Integer to, String rationale,
                         boolean reviewHeld, List<String> agenciesConsulted, String contactReference, String proposedBy,
                         Instant proposedAt, String signedOffBy, Instant signedOffAt) {

        public boolean signedOff() {
            return signedOffAt != null;
        }
    }

    /** The child's changes of level, oldest first. */
    public List<Change> history(ChildId child) {
        return jdbc.sql("""
                        select l.*, c.reference, s.signed_off_by, s.signed_off_at from frontdoor.level_change l
                        left join frontdoor.contact c on c.id = l.contact_id
                        left join frontdoor.level_change_sign_off s on s.change_id = l.id
                        where l.child_id = :child order by l.proposed_at, l.id""")
                .param("child", child.value())
                .query((rs, n) -> new Change(rs.getObject("id", UUID.class),
                        LevelChangeRule.Kind.valueOf(rs.getString("kind")), (Integer) rs.getObject("from_level"),
                        (Integer) rs.getObject("to_level"), rs.getString("rationale"), rs.getBoolean("review_held"),
                        agencyCodes(rs.getArray("agencies_consulted")), rs.getString("reference"),
                        rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(),
                        rs.getString("signed_off_by"),
                        rs.getTimestamp("signed_off_at") == null ? null : rs.getTimestamp("signed_off_at").toInstant()))
                .list();
    }

    /** The level in force: the latest signed-off change's (empty if none, or the case was closed). */
    public static Optional<Integer> current(List<Change> history) {
        return history.stream().filter(Change::signedOff).reduce((a, b) -> b).map(Change::to);
    }

    /** Whether a change is waiting for a manager's sign-off (only one may wait at a time). */
    public static Optional<Change> pending(List<Change> history) {
        return history.stream().filter(c -> !c.signedOff()).findFirst();
    }

    /** Who may propose a step up, step down or closure: social care practitioners and managers. */
    public boolean mayPropose(Actor viewer) {
        return FrontDoorPermissions.proposeLevelChange(viewer).allowed();
    }

    public boolean maySignOff(Actor viewer, Change change) {
        return FrontDoorPermissions.signOffLevelChange(viewer, change.proposedBy()).allowed();
    }

    /** A signed-off threshold decision sets the level at once: its sign-off is the manager's. */
    void setByDecision(Contact contact, Actor.Person signedOffBy, Instant at) {
        Optional<Integer> from = current(history(contact.child()));
        UUID id = insert(contact.child(), LevelChangeRule.Kind.DECISION, from.orElse(null), contact.decision().level(),
                contact.decision().rationale(), false, Set.of(), contact.id(), contact.decision().decidedBy(),
                contact.decision().decidedAt());
        signOffRow(id, signedOffBy.username(), at);
    }

    /** What the form gives for a step up, step down or closure. */
    public record Request(String kind, String to, String rationale, boolean reviewHeld, List<String> agenciesConsulted) {

        public Request {
            agenciesConsulted = agenciesConsulted == null ? List.of() : List.copyOf(agenciesConsulted);
        }
    }

    /** Proposes the change; the problems by field (message keys) if it is not allowed. */
    @Transactional
    public Map<String, String> propose(OpenRecord record, Request request) {
        lock(record.child());
        List<Change> history = history(record.child());
        Map<String, String> problems = new LinkedHashMap<>();
        if (!mayPropose(record.viewer())) {
            problems.put("kind", "level.error.mayPropose");
            return problems;
        }
        if (pending(history).isPresent()) {
            problems.put("kind", "level.error.pending");
            return problems;
        }
        Optional<LevelChangeRule.Kind> kind = Input.choice(LevelChangeRule.Kind.class, request.kind());
        Integer to = Input.number(request.to()).orElse(null);
        List<Optional<Agency>> consulted = request.agenciesConsulted().stream().map(agencies::byCode).toList();
        Set<UUID> consultedIds = new java.util.HashSet<>();
        consulted.forEach(a -> a.ifPresent(agency -> consultedIds.add(agency.id())));
        var proposal = new LevelChangeRule.Proposal(kind.orElse(null), current(history).orElse(null),
                kind.orElse(null) == LevelChangeRule.Kind.CLOSURE ? null : to, request.rationale(), request.reviewHeld(),
                consultedIds);
        problems.putAll(LevelChangeRule.problems(proposal, thresholds.current().numbers()));
        if (consulted.stream().anyMatch(Optional::isEmpty)) {
            problems.put("agenciesConsulted", "level.error.agencies");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Actor.Person by = (Actor.Person) record.viewer();
        Instant at = clock.instant();
        insert(record.child(), proposal.kind(), proposal.from(), proposal.to(), request.rationale().strip(),
                request.reviewHeld(), consultedIds, null, by.username(), at);
        chronology.record(record.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()), NewEvent.note(at, text("level.entry.proposed", text("level.kind." + proposal.kind()), by.displayName(),
                        proposal.from() == null ? "–" : proposal.from(), proposal.to() == null ? "–" : proposal.to(),
                        request.rationale().strip())));
        auditLog.record(by, AuditAction.CHANGE_LEVEL_OF_NEED, record.child().value(), proposal.kind() + " proposed");
        return Map.of();
    }

    /** Signs off the change waiting; the problem (a message key) if it cannot be. */
    @Transactional
    public Optional<String> signOff(OpenRecord record) {
        lock(record.child());
        Optional<Change> pending = pending(history(record.child()));
        if (pending.isEmpty()) {
            return Optional.of("level.error.nothingToSignOff");
        }
        if (!maySignOff(record.viewer(), pending.get())) {
            return Optional.of("level.error.maySignOff");
        }
        Actor.Person by = (Actor.Person) record.viewer();
        Instant at = clock.instant();
        signOffRow(pending.get().id(), by.username(), at);
        chronology.record(record.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()), NewEvent.note(at, text("level.entry.signedOff", text("level.kind." + pending.get().kind()), by.displayName())));
        auditLog.record(by, AuditAction.CHANGE_LEVEL_OF_NEED, record.child().value(), pending.get().kind() + " signed off");
        return Optional.empty();
    }

    private UUID insert(ChildId child, LevelChangeRule.Kind kind, Integer from, Integer to, String rationale,
                        boolean reviewHeld, Set<UUID> consulted, UUID contactId, String by, Instant at) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into frontdoor.level_change (id, child_id, kind, from_level, to_level, rationale, review_held,
                    agencies_consulted, contact_id, proposed_by, proposed_at)
                values (:id, :child, :kind, :from, :to, :rationale, :review, :consulted, :contact, :by, :at)""")
                .param("id", id).param("child", child.value()).param("kind", kind.name()).param("from", from)
                .param("to", to).param("rationale", rationale).param("review", reviewHeld)
                .param("consulted", consulted.toArray(UUID[]::new)).param("contact", contactId).param("by", by)
                .param("at", Timestamps.of(at)).update();
        return id;
    }

    private void signOffRow(UUID changeId, String by, Instant at) {
        jdbc.sql("insert into frontdoor.level_change_sign_off values (:id, :by, :at)").param("id", changeId)
                .param("by", by).param("at", Timestamps.of(at)).update();
    }

    /** Serialises changes of one child's level (the child row is chronology's; an advisory lock is ours). */
    private void lock(ChildId child) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", child.value().getMostSignificantBits()
                ^ child.value().getLeastSignificantBits()).query(rs -> { });
    }

    private List<String> agencyCodes(Array ids) throws SQLException {
        return ids == null ? List.of() : Arrays.stream((UUID[]) ids.getArray()).map(agencies::byId)
                .flatMap(Optional::stream).map(Agency::code).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.UK);
    }
}
