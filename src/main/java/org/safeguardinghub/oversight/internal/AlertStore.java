package org.safeguardinghub.oversight.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.Severity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.oversight.Alert;
import org.safeguardinghub.oversight.rules.Finding;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Alerts, their history and the deadlines of time-based rules, written in bulk. */
@Repository
public class AlertStore {

    public record Key(ChildId child, AlertCode code) {
    }

    /** A finding about one child. */
    public record ChildFinding(ChildId child, Finding finding) {

        Key key() {
            return new Key(child, finding.code());
        }
    }

    /** An alert this transaction raised. */
    public record Raised(UUID id, ChildFinding finding) {
    }

    static final String SELECT = """
            select id, child_id, code, severity, status, raised_at, updated_at, reasons::text as reasons, evidence,
                   restricted, acknowledged_at, acknowledged_by, closed_at, closed_by, close_reason
            from oversight.alert
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;

    AlertStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
    }

    /** The children's alerts not yet closed, with what each holds (its reasons are not needed). */
    Map<Key, Reconciliation.Held> open(Collection<ChildId> children) {
        Map<Key, Reconciliation.Held> open = new HashMap<>();
        if (children.isEmpty()) {
            return open;
        }
        jdbc.sql("""
                select a.id, a.child_id, a.code, a.evidence, a.agencies, a.restricted
                from unnest(cast(:c as uuid[])) as c (id) join oversight.alert a on a.child_id = c.id
                where a.status in ('OPEN', 'ACKNOWLEDGED')""")
                .param("c", ids(children))
                .query(rs -> {
                    Key key = new Key(new ChildId(rs.getObject("child_id", UUID.class)), AlertCode.valueOf(rs.getString("code")));
                    open.put(key, new Reconciliation.Held(rs.getObject("id", UUID.class), new Finding(key.code(), List.of(),
                            uuids(rs.getArray("evidence")), uuids(rs.getArray("agencies")), rs.getBoolean("restricted"))));
                });
        return open;
    }

    /**
     * Raises these alerts, each with the first step of its history, unless the same alert is
     * already open; returns those raised (a guard: evaluations of a child are serialised by
     * {@link #lock}). One statement, however many alerts.
     */
    List<Raised> raise(List<ChildFinding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        Map<Key, ChildFinding> byKey = new HashMap<>();
        findings.forEach(f -> byKey.put(f.key(), f));
        List<Raised> raised = new ArrayList<>();
        jdbc.sql("""
                with raised as (
                    insert into oversight.alert (id, child_id, code, severity, status, raised_at, updated_at, reasons,
                                                 evidence, agencies, restricted)
                    select r.id, r.child_id, r.code, r.severity, 'OPEN', :now, :now, cast(r.reasons as jsonb),
                           cast(r.evidence as uuid[]), cast(r.agencies as uuid[]), r.restricted
                    from unnest(cast(:ids as uuid[]), cast(:children as uuid[]), cast(:codes as text[]),
                                cast(:severities as text[]), cast(:reasons as text[]), cast(:evidence as text[]),
                                cast(:agencies as text[]), cast(:restricted as boolean[]))
                         as r (id, child_id, code, severity, reasons, evidence, agencies, restricted)
                    on conflict (child_id, code) where status in ('OPEN', 'ACKNOWLEDGED') do nothing
                    returning id, child_id, code, evidence),
                history as (
                    insert into oversight.alert_history (alert_id, at, actor, action, evidence)
                    select id, :now, 'system:rules', 'RAISED', evidence from raised)
                select id, child_id, code from raised""")
                .param("now", Timestamps.of(clock))
                .param("ids", findings.stream().map(f -> Ids.newId().toString()).toArray(String[]::new))
                .param("children", findings.stream().map(f -> f.child().value().toString()).toArray(String[]::new))
                .param("codes", findings.stream().map(f -> f.finding().code().name()).toArray(String[]::new))
                .param("severities", findings.stream().map(f -> f.finding().code().severity().name()).toArray(String[]::new))
                .param("reasons", findings.stream().map(f -> reasons(f.finding())).toArray(String[]::new))
                .param("evidence", findings.stream().map(f -> arrayLiteral(f.finding().evidence())).toArray(String[]::new))
                .param("agencies", findings.stream().map(f -> arrayLiteral(f.finding().agencies())).toArray(String[]::new))
                .param("restricted", findings.stream().map(f -> String.valueOf(f.finding().restrictedContributed()))
                        .toArray(String[]::new))
                .query(rs -> {
                    Key key = new Key(new ChildId(rs.getObject("child_id", UUID.class)), AlertCode.valueOf(rs.getString("code")));
                    raised.add(new Raised(rs.getObject("id", UUID.class), byKey.get(key)));
                });
        return raised;
    }

    /** Ids as PostgreSQL writes an array of them, sorted, for one element of an array of arrays. */
    private static String arrayLiteral(Set<UUID> ids) {
        return ids.stream().sorted().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** Gives open alerts the evidence, agencies and reasons the rules now find. */
    void replaceEvidence(Map<UUID, ChildFinding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        OffsetDateTime now = Timestamps.of(clock);
        batch.batchUpdate("""
                update oversight.alert set evidence = ?, agencies = ?, reasons = ?::jsonb, restricted = ?, updated_at = ?
                where id = ?""", findings.entrySet().stream().map(e -> new Object[] {
                        sorted(e.getValue().finding().evidence()), sorted(e.getValue().finding().agencies()),
                        reasons(e.getValue().finding()),
                        e.getValue().finding().restrictedContributed(), now, e.getKey()}).toList());
        history(findings.entrySet().stream().map(e -> new Object[] {e.getKey(), now, "system:rules", "EVIDENCE_CHANGED",
                null, sorted(e.getValue().finding().evidence())}).toList());
    }

    /** Withdraws open alerts whose rule the events now known no longer meet. */
    void withdraw(Collection<UUID> alertIds) {
        if (alertIds.isEmpty()) {
            return;
        }
        OffsetDateTime now = Timestamps.of(clock);
        batch.batchUpdate("update oversight.alert set status = 'WITHDRAWN', updated_at = ? where id = ?",
                alertIds.stream().map(id -> new Object[] {now, id}).toList());
        history(alertIds.stream().map(id -> new Object[] {id, now, "system:rules", "WITHDRAWN", null, null}).toList());
    }

    /**
     * Locks these children's evaluation rows, in id order so evaluations never deadlock: a second
     * evaluation of the same child waits, and then sees every event the first saw and more. One
     * upsert does it (creating rows for children not seen before), found through the primary key
     * whatever the table's statistics say.
     */
    void lock(Collection<ChildId> children) {
        jdbc.sql("""
                insert into oversight.evaluation_lock (child_id) select c from unnest(cast(:c as uuid[])) as c order by c
                on conflict (child_id) do update set child_id = excluded.child_id""")
                .param("c", ids(children)).update();
    }

    private static UUID[] sorted(Set<UUID> ids) {
        return ids.stream().sorted().toArray(UUID[]::new);
    }

    void history(List<Object[]> rows) {
        batch.batchUpdate("insert into oversight.alert_history (alert_id, at, actor, action, note, evidence) values (?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** Asks for these children's time-based rules to be looked at again then (the earlier time wins). */
    void recheck(Map<Key, Instant> deadlines) {
        if (deadlines.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into oversight.deadline (child_id, code, due_at) values (?, ?, ?)
                on conflict (child_id, code) do update set due_at = least(oversight.deadline.due_at, excluded.due_at)""",
                deadlines.entrySet().stream().map(e -> new Object[] {e.getKey().child().value(), e.getKey().code().name(),
                        Timestamps.of(e.getValue())}).toList());
    }

    /**
     * Takes up to {@code limit} deadlines that have passed, leasing them until {@code lease}: no
     * other worker or node takes them meanwhile, and if this one stops before {@link #release}, they
     * come round again when the lease ends.
     */
    Map<ChildId, Set<AlertCode>> claimDue(Instant now, int limit, Instant lease) {
        Map<ChildId, Set<AlertCode>> due = new HashMap<>();
        jdbc.sql("""
                update oversight.deadline set due_at = :lease where (child_id, code) in (
                    select child_id, code from oversight.deadline where due_at <= :now order by due_at limit :limit
                    for update skip locked)
                returning child_id, code""")
                .param("now", Timestamps.of(now)).param("limit", limit).param("lease", Timestamps.of(lease))
                .query(rs -> {
                    due.computeIfAbsent(new ChildId(rs.getObject("child_id", UUID.class)), c -> new HashSet<>())
                            .add(AlertCode.valueOf(rs.getString("code")));
                });
        return due;
    }

    /** Ends the leases of deadlines about to be looked at (those changed meanwhile are kept). */
    void release(Map<ChildId, Set<AlertCode>> claimed, Instant lease) {
        List<String> children = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        claimed.forEach((child, childCodes) -> childCodes.forEach(code -> {
            children.add(child.value().toString());
            codes.add(code.name());
        }));
        jdbc.sql("""
                delete from oversight.deadline d
                using unnest(cast(:children as uuid[]), cast(:codes as text[])) as r (child_id, code)
                where d.child_id = r.child_id and d.code = r.code and d.due_at = :lease""")
                .param("children", children.toArray(String[]::new)).param("codes", codes.toArray(String[]::new))
                .param("lease", Timestamps.of(lease)).update();
    }

    public List<Alert> notClosed(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where child_id in (select unnest(cast(:c as uuid[]))) and status in ('OPEN', 'ACKNOWLEDGED')")
                .param("c", ids(children)).query(this::alert).list();
    }

    public List<Alert> notClosed(ChildId child) {
        return jdbc.sql(SELECT + " where child_id = :c and status in ('OPEN', 'ACKNOWLEDGED') order by severity = 'HIGH' desc, raised_at desc")
                .param("c", child.value()).query(this::alert).list();
    }

    public java.util.Optional<Alert> byId(ChildId child, UUID id) {
        return jdbc.sql(SELECT + " where child_id = :c and id = :id").param("c", child.value()).param("id", id)
                .query(this::alert).optional();
    }

    public List<Alert.Step> historyOf(UUID alertId) {
        return jdbc.sql("select at, actor, action, note from oversight.alert_history where alert_id = :id order by at, id")
                .param("id", alertId)
                .query((rs, n) -> new Alert.Step(rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("note")))
                .list();
    }

    Alert alert(ResultSet rs, int row) throws SQLException {
        return new Alert(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                AlertCode.valueOf(rs.getString("code")), Severity.valueOf(rs.getString("severity")),
                Alert.Status.valueOf(rs.getString("status")), instant(rs, "raised_at"), instant(rs, "updated_at"),
                Arrays.asList(json.readValue(rs.getString("reasons"), Finding.Reason[].class)),
                List.copyOf(uuids(rs.getArray("evidence"))), rs.getBoolean("restricted"), instant(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"), instant(rs, "closed_at"), rs.getString("closed_by"),
                rs.getString("close_reason"));
    }

    private String reasons(Finding finding) {
        return json.writeValueAsString(finding.reasons());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static Set<UUID> uuids(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((UUID[]) array.getArray());
    }

    static String[] ids(Collection<ChildId> children) {
        return children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new);
    }
}
