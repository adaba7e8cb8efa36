package org.safeguardinghub.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Viewer;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.chronology.SystemEntries;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Professional disagreement: any practitioner who may see a child can challenge a decision about
 * them; the disagreement moves through the {@link EscalationPolicy}'s stages, up when a stage's
 * response is overdue or when someone escalates it, and ends with a recorded resolution. The
 * people of each stage are notified, and every step is told in the child's chronology.
 */
@Service
public class Disagreements {

    static final int MAX_TEXT = 2000;

    /** What a practitioner gives to raise a disagreement. */
    public record Challenge(String kind, String decision, String withAgency, String withPractitioner, String reason) {
    }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final EscalationPolicy policy;
    private final Agencies agencies;
    private final Practitioners practitioners;
    private final CareNetwork network;
    private final SystemEntries chronology;
    private final Notifier notifier;
    private final AuditLog auditLog;
    private final Clock clock;

    Disagreements(JdbcClient jdbc, WorkingDays workingDays, OversightProperties properties, Agencies agencies,
                  Practitioners practitioners, CareNetwork network, SystemEntries chronology, Notifier notifier,
                  AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.policy = new EscalationPolicy(properties.escalationStageWorkingDays());
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.network = network;
        this.chronology = chronology;
        this.notifier = notifier;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The new disagreement's id, or the problems by field (message keys). */
    public record Raised(UUID id, Map<String, String> errors) {

        static Raised refused(Map<String, String> errors) {
            return new Raised(null, Map.copyOf(errors));
        }
    }

    /** Raises a disagreement at stage 1. */
    @Transactional
    public Raised raise(OpenRecord record, Challenge challenge) {
        Map<String, String> errors = new LinkedHashMap<>();
        Disagreement.DecisionKind kind = parseKind(challenge.kind());
        if (kind == null) {
            errors.put("kind", "disagreement.error.kind");
        }
        if (blank(challenge.decision()) || challenge.decision().strip().length() > MAX_TEXT) {
            errors.put("decision", "disagreement.error.decision");
        }
        Optional<Agency> with = agencies.byCode(challenge.withAgency());
        if (with.isEmpty()) {
            errors.put("withAgency", "disagreement.error.withAgency");
        }
        Optional<Practitioner> withPerson = blank(challenge.withPractitioner()) ? Optional.empty()
                : practitioners.byUsername(challenge.withPractitioner()).filter(Practitioner::active);
        if (!blank(challenge.withPractitioner())
                && (withPerson.isEmpty() || with.isPresent() && !withPerson.get().agency().id().equals(with.get().id()))) {
            errors.put("withPractitioner", "disagreement.error.withPractitioner");
        }
        if (blank(challenge.reason()) || challenge.reason().strip().length() > MAX_TEXT) {
            errors.put("reason", "disagreement.error.reason");
        }
        if (!(record.viewer() instanceof Viewer.PractitionerViewer person)) {
            errors.put("reason", "alert.error.person");
            return Raised.refused(errors);
        }
        if (!errors.isEmpty()) {
            return Raised.refused(errors);
        }
        LocalDate today = LocalDate.now(clock);
        EscalationPolicy.Stage stage = policy.start(EscalationPolicy.FIRST, today, workingDays.calendar());
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into oversight.disagreement (id, child_id, raised_by, raised_by_agency_id, decision_kind, decision,
                    with_agency_id, with_practitioner_id, reason, stage, stage_started_on, stage_due_on, status, raised_at)
                values (:id, :child, :by, :agency, :kind, :decision, :with, :withPerson, :reason, :stage, :started, :due,
                        'OPEN', :at)""")
                .param("id", id).param("child", record.child().value()).param("by", person.username())
                .param("agency", person.agency().id()).param("kind", kind.name()).param("decision", challenge.decision().strip())
                .param("with", with.get().id()).param("withPerson", withPerson.map(Practitioner::id).orElse(null))
                .param("reason", challenge.reason().strip()).param("stage", stage.number())
                .param("started", stage.startedOn()).param("due", stage.dueOn()).param("at", Timestamps.of(clock))
                .update();
        step(id, person.username(), "RAISED", stage.number(), challenge.reason().strip());
        tell(record.child(), person.agency().id(), SystemEntries.Author.practitioner(person.username()),
                "disagreement.raised.entry", person.displayName(), person.agency().code(),
                notifier.text("disagreement.kind." + kind), challenge.decision().strip(), challenge.reason().strip(),
                notifier.text("disagreement.stage." + stage.number()), formatted(stage.dueOn()));
        notifyStage(load(id).orElseThrow(), stage.number());
        auditLog.record(person, AuditAction.RAISE_DISAGREEMENT, record.child().value(), kind + ": " + challenge.decision());
        return new Raised(id, Map.of());
    }

    public List<Disagreement> forChild(OpenRecord record) {
        return jdbc.sql(SELECT + " where d.child_id = :c order by d.status, d.raised_at desc")
                .param("c", record.child().value()).query(this::map).list().stream().map(this::withSteps).toList();
    }

    public Optional<Disagreement> get(OpenRecord record, UUID id) {
        return load(id).filter(d -> d.child().equals(record.child())).map(this::withSteps);
    }

    /** Records a response without changing the stage. Empty if done, else a message key. */
    @Transactional
    public Optional<String> respond(OpenRecord record, UUID id, String note) {
        return change(record, id, note, "RESPONDED");
    }

    /** Moves an unresolved disagreement up a stage now. Empty if done, else a message key. */
    @Transactional
    public Optional<String> escalate(OpenRecord record, UUID id, String note) {
        return change(record, id, note, "ESCALATED");
    }

    /** Ends the disagreement with its resolution. Empty if done, else a message key. */
    @Transactional
    public Optional<String> resolve(OpenRecord record, UUID id, String resolution) {
        return change(record, id, resolution, "RESOLVED");
    }

    private Optional<String> change(OpenRecord record, UUID id, String note, String action) {
        if (!(record.viewer() instanceof Viewer.PractitionerViewer person)) {
            return Optional.of("alert.error.person");
        }
        if (blank(note) || note.strip().length() > MAX_TEXT) {
            return Optional.of("disagreement.error.note");
        }
        Optional<Disagreement> found = get(record, id).filter(d -> d.status() == Disagreement.Status.OPEN);
        if (found.isEmpty()) {
            return Optional.of("disagreement.error.closed");
        }
        Disagreement d = found.get();
        String text = note.strip();
        switch (action) {
            case "RESOLVED" -> {
                jdbc.sql("""
                        update oversight.disagreement set status = 'RESOLVED', resolution = :r, resolved_by = :by, resolved_at = :at
                        where id = :id""").param("r", text).param("by", person.username()).param("at", Timestamps.of(clock))
                        .param("id", id).update();
                step(id, person.username(), action, d.stage(), text);
                tell(d.child(), person.agency().id(), SystemEntries.Author.practitioner(person.username()),
                        "disagreement.resolved.entry", person.displayName(), text);
                notifyParties(load(id).orElseThrow(), "notification.disagreement.resolved");
            }
            case "ESCALATED" -> {
                Optional<EscalationPolicy.Stage> next = policy.next(d.stage(), LocalDate.now(clock), workingDays.calendar());
                if (next.isEmpty()) {
                    return Optional.of("disagreement.error.lastStage");
                }
                moveTo(d, next.get(), person.username(), person.agency().id(),
                        SystemEntries.Author.practitioner(person.username()), text);
            }
            default -> {
                step(id, person.username(), action, d.stage(), text);
                tell(d.child(), person.agency().id(), SystemEntries.Author.practitioner(person.username()),
                        "disagreement.responded.entry", person.displayName(), d.stage(), text);
                notifyParties(d, "notification.disagreement.responded");
            }
        }
        auditLog.record(person, AuditAction.CHANGE_DISAGREEMENT, d.child().value(), action + ": " + text);
        return Optional.empty();
    }

    /**
     * Moves every open disagreement whose stage is overdue up a stage (the partnership's stage 4
     * stays overdue and shows so). Several nodes may run it: rows are taken with {@code skip locked}.
     */
    @Scheduled(fixedDelayString = "${safeguarding.oversight.escalation-check:PT15M}", initialDelayString = "PT30S")
    @Transactional
    public int escalateOverdue() {
        LocalDate today = LocalDate.now(clock);
        List<Disagreement> overdue = jdbc.sql(SELECT + """
                 where d.status = 'OPEN' and d.stage < 4 and d.stage_due_on < :today
                 for update of d skip locked""").param("today", today).query(this::map).list();
        for (Disagreement d : overdue) {
            EscalationPolicy.Stage next = policy.next(d.stage(), today, workingDays.calendar()).orElseThrow();
            UUID agency = agencies.byCode(d.raisedByAgency()).map(Agency::id).orElseThrow();
            moveTo(d, next, "system:escalation", agency, SystemEntries.Author.system("escalation"),
                    notifier.text("disagreement.overdue.note", formatted(d.stageDueOn())));
        }
        return overdue.size();
    }

    private void moveTo(Disagreement d, EscalationPolicy.Stage next, String actor, UUID agencyId,
                        SystemEntries.Author author, String note) {
        jdbc.sql("update oversight.disagreement set stage = :s, stage_started_on = :started, stage_due_on = :due where id = :id")
                .param("s", next.number()).param("started", next.startedOn()).param("due", next.dueOn())
                .param("id", d.id()).update();
        step(d.id(), actor, "ESCALATED", next.number(), note);
        tell(d.child(), agencyId, author, "disagreement.escalated.entry", next.number(),
                notifier.text("disagreement.stage." + next.number()), note, formatted(next.dueOn()));
        notifyStage(load(d.id()).orElseThrow(), next.number());
    }

    /** Tells the people of a stage that the disagreement is now theirs to answer. */
    private void notifyStage(Disagreement d, int stage) {
        Set<UUID> both = agencyIds(d);
        Set<UUID> recipients = new LinkedHashSet<>();
        switch (stage) {
            case 1 -> {
                if (d.withPractitioner() != null) {
                    practitioners.byUsername(d.withPractitioner()).ifPresent(p -> recipients.add(p.id()));
                } else {
                    agencies.byCode(d.withAgency()).ifPresent(a ->
                            practitioners.withRole(Role.SAFEGUARDING_LEAD, Set.of(a.id())).forEach(p -> recipients.add(p.id())));
                }
            }
            case 2 -> practitioners.withRole(Role.TEAM_MANAGER, both).forEach(p -> recipients.add(p.id()));
            case 3 -> practitioners.withRole(Role.SAFEGUARDING_LEAD, both).forEach(p -> recipients.add(p.id()));
            default -> {
                practitioners.withRole(Role.SENIOR_MANAGER, both).forEach(p -> recipients.add(p.id()));
                practitioners.withRole(Role.PARTNERSHIP_ANALYST, agencies.all().stream().map(Agency::id)
                        .collect(java.util.stream.Collectors.toSet())).forEach(p -> recipients.add(p.id()));
            }
        }
        practitioners.byUsername(d.raisedBy()).ifPresent(p -> recipients.add(p.id()));
        send(d, recipients, notifier.text("notification.disagreement.stage", stage,
                notifier.text("disagreement.stage." + stage), childName(d.child())));
    }

    private void notifyParties(Disagreement d, String key) {
        Set<UUID> recipients = new LinkedHashSet<>();
        practitioners.byUsername(d.raisedBy()).ifPresent(p -> recipients.add(p.id()));
        if (d.withPractitioner() != null) {
            practitioners.byUsername(d.withPractitioner()).ifPresent(p -> recipients.add(p.id()));
        }
        send(d, recipients, notifier.text(key, childName(d.child())));
    }

    private void send(Disagreement d, Set<UUID> recipients, String subject) {
        String body = notifier.text("notification.disagreement.body", notifier.text("disagreement.kind." + d.kind()),
                d.decision(), d.reason(), formatted(d.stageDueOn()));
        notifier.send(recipients.stream().map(p -> new Notifier.Message(p, d.child(), null, d.id(), subject, body,
                "/children/" + d.child() + "/disagreements/" + d.id())).toList());
    }

    private String childName(ChildId child) {
        return network.names(List.of(child)).getOrDefault(child, notifier.text("child.nameNotKnown"));
    }

    private Set<UUID> agencyIds(Disagreement d) {
        Set<UUID> ids = new LinkedHashSet<>();
        agencies.byCode(d.raisedByAgency()).ifPresent(a -> ids.add(a.id()));
        agencies.byCode(d.withAgency()).ifPresent(a -> ids.add(a.id()));
        return ids;
    }

    private void tell(ChildId child, UUID agencyId, SystemEntries.Author author, String key, Object... args) {
        chronology.record(child, agencyId, author, EventType.NOTE, clock.instant(), notifier.text(key, args),
                Significance.ROUTINE);
    }

    private void step(UUID id, String actor, String action, int stage, String note) {
        jdbc.sql("""
                insert into oversight.disagreement_step (disagreement_id, at, actor, action, stage, note)
                values (:id, :at, :actor, :action, :stage, :note)""")
                .param("id", id).param("at", Timestamps.of(clock)).param("actor", actor).param("action", action)
                .param("stage", stage).param("note", note).update();
    }

    static final String SELECT = """
            select d.id, d.child_id, d.raised_by, d.raised_by_agency_id, d.decision_kind, d.decision, d.with_agency_id,
                   d.with_practitioner_id, d.reason, d.stage, d.stage_started_on, d.stage_due_on, d.status,
                   d.resolution, d.resolved_by, d.resolved_at, d.raised_at
            from oversight.disagreement d
            """;

    Optional<Disagreement> load(UUID id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(this::map).optional();
    }

    private Disagreement withSteps(Disagreement d) {
        List<Disagreement.Step> steps = jdbc.sql("""
                select at, actor, action, stage, note from oversight.disagreement_step where disagreement_id = :id order by at, id""")
                .param("id", d.id())
                .query((rs, n) -> new Disagreement.Step(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getInt("stage"), rs.getString("note")))
                .list();
        return new Disagreement(d.id(), d.child(), d.raisedBy(), d.raisedByAgency(), d.kind(), d.decision(), d.withAgency(),
                d.withPractitioner(), d.reason(), d.stage(), d.stageStartedOn(), d.stageDueOn(), d.status(), d.resolution(),
                d.resolvedBy(), d.resolvedAt(), d.raisedAt(), steps);
    }

    private Disagreement map(ResultSet rs, int row) throws SQLException {
        UUID withPerson = rs.getObject("with_practitioner_id", UUID.class);
        OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
        return new Disagreement(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                rs.getString("raised_by"), code(rs.getObject("raised_by_agency_id", UUID.class)),
                Disagreement.DecisionKind.valueOf(rs.getString("decision_kind")), rs.getString("decision"),
                code(rs.getObject("with_agency_id", UUID.class)),
                withPerson == null ? null : practitioners.byId(withPerson).map(Practitioner::username).orElse(null),
                rs.getString("reason"), rs.getInt("stage"), rs.getObject("stage_started_on", LocalDate.class),
                rs.getObject("stage_due_on", LocalDate.class), Disagreement.Status.valueOf(rs.getString("status")),
                rs.getString("resolution"), rs.getString("resolved_by"), resolved == null ? null : resolved.toInstant(),
                rs.getObject("raised_at", OffsetDateTime.class).toInstant(), List.of());
    }

    private String code(UUID agencyId) {
        return agencies.byId(agencyId).map(Agency::code).orElse(null);
    }

    private String formatted(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK));
    }

    private static Disagreement.DecisionKind parseKind(String kind) {
        try {
            return kind == null ? null : Disagreement.DecisionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** How much challenge happens: open by stage, overdue, and resolved, for the agencies given. */
    public record Counts(Map<Integer, Long> openByStage, long overdue, long resolved, long raisedBy, long raisedAbout) {
    }

    public Counts counts(Set<UUID> agencyIds) {
        String[] ids = agencyIds.stream().map(UUID::toString).toArray(String[]::new);
        Map<Integer, Long> byStage = new LinkedHashMap<>();
        for (int s = EscalationPolicy.FIRST; s <= EscalationPolicy.LAST; s++) {
            byStage.put(s, 0L);
        }
        jdbc.sql("""
                select stage, count(*) from oversight.disagreement
                where status = 'OPEN' and (raised_by_agency_id = any(cast(:a as uuid[])) or with_agency_id = any(cast(:a as uuid[])))
                group by stage""").param("a", ids)
                .query(rs -> {
                    byStage.put(rs.getInt(1), rs.getLong(2));
                });
        long overdue = count("status = 'OPEN' and stage_due_on < :today and (raised_by_agency_id = any(cast(:a as uuid[])) or with_agency_id = any(cast(:a as uuid[])))", ids);
        long resolved = count("status = 'RESOLVED' and (raised_by_agency_id = any(cast(:a as uuid[])) or with_agency_id = any(cast(:a as uuid[])))", ids);
        long raisedBy = count("raised_by_agency_id = any(cast(:a as uuid[]))", ids);
        long raisedAbout = count("with_agency_id = any(cast(:a as uuid[]))", ids);
        return new Counts(byStage, overdue, resolved, raisedBy, raisedAbout);
    }

    private long count(String where, String[] ids) {
        return jdbc.sql("select count(*) from oversight.disagreement where " + where)
                .param("a", ids).param("today", LocalDate.now(clock.withZone(HubTime.ZONE)))
                .query(Long.class).single();
    }

    List<Disagreement> open(Set<UUID> agencyIds) {
        String[] ids = agencyIds.stream().map(UUID::toString).toArray(String[]::new);
        return new ArrayList<>(jdbc.sql(SELECT + """
                 where d.status = 'OPEN' and (d.raised_by_agency_id = any(cast(:a as uuid[])) or d.with_agency_id = any(cast(:a as uuid[])))
                 order by d.stage_due_on""").param("a", ids).query(this::map).list());
    }
}
