package org.safeguardinghub.oversight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.oversight.Disagreement;
import org.safeguardinghub.oversight.Disagreements;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disagreements and the steps they went through. */
@Repository
public class DisagreementStore {

    /** A disagreement as raised, before its first step. */
    public record NewDisagreement(UUID id, ChildId child, String raisedBy, UUID raisedByAgency,
                                  Disagreement.DecisionKind kind, String decision, UUID withAgency,
                                  UUID withPractitioner, String reason, Disagreement.Stage stage) {
    }

    private static final String SELECT = """
            select d.id, d.child_id, d.raised_by, d.raised_by_agency_id, d.decision_kind, d.decision, d.with_agency_id,
                   d.with_practitioner_id, d.reason, d.stage, d.stage_started_on, d.stage_due_on, d.status,
                   d.resolution, d.resolved_by, d.resolved_at, d.raised_at
            from oversight.disagreement d
            """;
    private static final String OF_AGENCIES =
            "(raised_by_agency_id = any(cast(:a as uuid[])) or with_agency_id = any(cast(:a as uuid[])))";

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Practitioners practitioners;
    private final Clock clock;

    DisagreementStore(JdbcClient jdbc, Agencies agencies, Practitioners practitioners, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.clock = clock;
    }

    public void insert(NewDisagreement d) {
        jdbc.sql("""
                insert into oversight.disagreement (id, child_id, raised_by, raised_by_agency_id, decision_kind, decision,
                    with_agency_id, with_practitioner_id, reason, stage, stage_started_on, stage_due_on, status, raised_at)
                values (:id, :child, :by, :agency, :kind, :decision, :with, :withPerson, :reason, :stage, :started, :due,
                        'OPEN', :at)""")
                .param("id", d.id()).param("child", d.child().value()).param("by", d.raisedBy())
                .param("agency", d.raisedByAgency()).param("kind", d.kind().name()).param("decision", d.decision())
                .param("with", d.withAgency()).param("withPerson", d.withPractitioner()).param("reason", d.reason())
                .param("stage", d.stage().number()).param("started", d.stage().startedOn())
                .param("due", d.stage().dueOn()).param("at", Timestamps.of(clock))
                .update();
        step(d.id(), d.raisedBy(), Disagreement.Action.RAISED, d.stage().number(), d.reason());
    }

    /**
     * Records a change: its step in the history and, for an escalation or resolution, the new state.
     * The state changes only if it is still the one the change was decided from (an escalation moves
     * from the stage below its target, a resolution from open): two people escalating at once, or an
     * escalation racing the overdue job, move it one stage and tell people once (issue 18). False, and
     * nothing recorded, when someone else changed it first.
     */
    public boolean apply(Disagreement.Change change) {
        int changed = switch (change) {
            case Disagreement.Escalated e -> jdbc.sql("""
                    update oversight.disagreement set stage = :s, stage_started_on = :started, stage_due_on = :due
                    where id = :id and stage = :from and status = 'OPEN'""")
                    .param("s", e.to().number()).param("started", e.to().startedOn()).param("due", e.to().dueOn())
                    .param("from", e.to().number() - 1).param("id", e.disagreementId()).update();
            case Disagreement.Resolved r -> jdbc.sql("""
                    update oversight.disagreement set status = 'RESOLVED', resolution = :r, resolved_by = :by,
                                                      resolved_at = :at
                    where id = :id and status = 'OPEN'""")
                    .param("r", r.note()).param("by", r.by()).param("at", Timestamps.of(clock))
                    .param("id", r.disagreementId()).update();
            case Disagreement.Responded ignored -> 1;
        };
        if (changed == 0) {
            return false;
        }
        step(change.disagreementId(), change.by(), change.action(), change.stage(), change.note());
        return true;
    }

    private void step(UUID id, String actor, Disagreement.Action action, int stage, String note) {
        jdbc.sql("""
                insert into oversight.disagreement_step (disagreement_id, at, actor, action, stage, note)
                values (:id, :at, :actor, :action, :stage, :note)""")
                .param("id", id).param("at", Timestamps.of(clock)).param("actor", actor).param("action", action.name())
                .param("stage", stage).param("note", note).update();
    }

    public Optional<Disagreement> load(UUID id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(this::map).optional();
    }

    public List<Disagreement> ofChild(ChildId child) {
        return jdbc.sql(SELECT + " where d.child_id = :c order by d.status, d.raised_at desc")
                .param("c", child.value()).query(this::map).list();
    }

    /** Open disagreements whose stage is overdue, below the last stage, locked (skipping those others hold). */
    public List<Disagreement> overdueToEscalate(LocalDate today) {
        return jdbc.sql(SELECT + """
                 where d.status = 'OPEN' and d.stage < :last and d.stage_due_on < :today
                 for update of d skip locked""")
                .param("today", today).param("last", Disagreement.LAST_STAGE).query(this::map).list();
    }

    public List<Disagreement> open(Set<UUID> agencyIds) {
        return jdbc.sql(SELECT + " where d.status = 'OPEN' and " + OF_AGENCIES + " order by d.stage_due_on")
                .param("a", ids(agencyIds)).query(this::map).list();
    }

    public Disagreement withSteps(Disagreement d) {
        List<Disagreement.Step> steps = jdbc.sql("""
                select at, actor, action, stage, note from oversight.disagreement_step
                where disagreement_id = :id order by at, id""")
                .param("id", d.id())
                .query((rs, n) -> new Disagreement.Step(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getInt("stage"), rs.getString("note")))
                .list();
        return new Disagreement(d.id(), d.child(), d.raisedBy(), d.raisedByAgency(), d.kind(), d.decision(), d.withAgency(),
                d.withPractitioner(), d.reason(), d.stage(), d.stageStartedOn(), d.stageDueOn(), d.status(), d.resolution(),
                d.resolvedBy(), d.resolvedAt(), d.raisedAt(), steps);
    }

    public Disagreements.Counts counts(Set<UUID> agencyIds, LocalDate today) {
        String[] ids = ids(agencyIds);
        Map<Integer, Long> byStage = new LinkedHashMap<>();
        for (int s = EscalationPolicy.FIRST; s <= EscalationPolicy.LAST; s++) {
            byStage.put(s, 0L);
        }
        jdbc.sql("select stage, count(*) from oversight.disagreement where status = 'OPEN' and " + OF_AGENCIES
                        + " group by stage").param("a", ids)
                .query(rs -> {
                    byStage.put(rs.getInt(1), rs.getLong(2));
                });
        return new Disagreements.Counts(byStage, count("status = 'OPEN' and stage_due_on < :today and " + OF_AGENCIES, ids, today),
                count("status = 'RESOLVED' and " + OF_AGENCIES, ids, today),
                count("raised_by_agency_id = any(cast(:a as uuid[]))", ids, today),
                count("with_agency_id = any(cast(:a as uuid[]))", ids, today));
    }

    private long count(String where, String[] ids, LocalDate today) {
        return jdbc.sql("select count(*) from oversight.disagreement where " + where)
                .param("a", ids).param("today", today).query(Long.class).single();
    }

    private static String[] ids(Set<UUID> agencyIds) {
        return agencyIds.stream().map(UUID::toString).toArray(String[]::new);
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
}
