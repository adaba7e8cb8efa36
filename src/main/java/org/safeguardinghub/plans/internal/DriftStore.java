package org.safeguardinghub.plans.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the drift rules read of children's open plans, in a few set queries for many children at
 * once (each joining {@code unnest} of the ids, so the indexes are used whatever the statistics
 * say), and what they last found, per child and per plan.
 */
@Repository
public class DriftStore {

    private final JdbcClient jdbc;

    DriftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the child's drift state until the transaction ends (made if it is not there yet). */
    public void lock(ChildId child) {
        jdbc.sql("insert into plans.drift_check (child_id) values (:c) on conflict do nothing").param("c", child.value())
                .update();
        jdbc.sql("select child_id from plans.drift_check where child_id = :c for update").param("c", child.value())
                .query(UUID.class).single();
    }

    /** Children whose next look is due, held (and skipped by anyone else looking) until the transaction ends. */
    public List<ChildId> due(LocalDate today, int limit) {
        return jdbc.sql("""
                select child_id from plans.drift_check where next_check_on <= :today
                order by next_check_on limit :limit for update skip locked""")
                .param("today", today).param("limit", limit)
                .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class))).list();
    }

    /** The open plans of these children, as the drift rules read them. */
    public Map<ChildId, List<DriftRule.PlanFacts>> openPlans(Collection<ChildId> children) {
        record PlanRow(UUID id, ChildId child, UUID leadAgency, UUID lead, LocalDate reviewDue, UUID setBy) {
        }
        List<PlanRow> plans = jdbc.sql("""
                select p.id, p.child_id, p.lead_agency_id, p.lead_practitioner_id,
                       coalesce(r.next_review_due, p.first_review_due) as review_due,
                       coalesce(r.entry_id, p.entry_id) as set_by
                from unnest(cast(:children as uuid[])) c(id)
                join plans.plan p on p.child_id = c.id
                left join lateral (select next_review_due, entry_id from plans.review where plan_id = p.id
                                   order by number desc limit 1) r on true
                where not exists (select 1 from plans.plan_end e where e.plan_id = p.id)""")
                .param("children", children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new))
                .query((rs, n) -> new PlanRow(rs.getObject(1, UUID.class), new ChildId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, UUID.class)))
                .list();
        List<String> ids = plans.stream().map(p -> p.id().toString()).toList();
        Map<UUID, List<DriftRule.ActionFacts>> actions = openActions(ids);
        Map<UUID, List<DriftRule.ReviewFacts>> reviews = latestReviews(ids);
        Map<ChildId, List<DriftRule.PlanFacts>> byChild = new HashMap<>();
        for (PlanRow p : plans) {
            byChild.computeIfAbsent(p.child(), c -> new ArrayList<>()).add(new DriftRule.PlanFacts(p.id(), p.leadAgency(),
                    p.lead(), p.reviewDue(), p.setBy(), actions.getOrDefault(p.id(), List.of()),
                    reviews.getOrDefault(p.id(), List.of())));
        }
        return byChild;
    }

    private Map<UUID, List<DriftRule.ActionFacts>> openActions(List<String> plans) {
        Map<UUID, List<DriftRule.ActionFacts>> byPlan = new HashMap<>();
        jdbc.sql("""
                select a.plan_id, a.id, a.entry_id, a.owner_agency_id, a.owner_practitioner_id, a.due_on, a.last_progress_on
                from unnest(cast(:plans as uuid[])) x(id) join plans.action a on a.plan_id = x.id
                where a.status in ('NOT_STARTED', 'IN_PROGRESS')""")
                .param("plans", plans.toArray(String[]::new))
                .query(rs -> {
                    byPlan.computeIfAbsent(rs.getObject(1, UUID.class), p -> new ArrayList<>()).add(new DriftRule.ActionFacts(
                            rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                            rs.getObject(5, UUID.class), rs.getObject(6, LocalDate.class), true,
                            rs.getObject(7, LocalDate.class)));
                });
        return byPlan;
    }

    private Map<UUID, List<DriftRule.ReviewFacts>> latestReviews(List<String> plans) {
        Map<UUID, List<DriftRule.ReviewFacts>> byPlan = new HashMap<>();
        jdbc.sql("""
                select x.id, r.entry_id, r.actions_fingerprint, r.outcomes_met
                from unnest(cast(:plans as uuid[])) x(id)
                join lateral (select entry_id, actions_fingerprint, outcomes_met, number from plans.review
                              where plan_id = x.id order by number desc limit 2) r on true
                order by x.id, r.number desc""")
                .param("plans", plans.toArray(String[]::new))
                .query(rs -> {
                    byPlan.computeIfAbsent(rs.getObject(1, UUID.class), p -> new ArrayList<>()).add(new DriftRule.ReviewFacts(
                            rs.getObject(2, UUID.class), rs.getString(3), rs.getBoolean(4)));
                });
        return byPlan;
    }

    /** What PLAN_DRIFT was last told for a child. */
    public record Told(boolean met, Set<UUID> evidence, String summary) {
    }

    public Map<ChildId, Told> told(Collection<ChildId> children) {
        Map<ChildId, Told> told = new HashMap<>();
        jdbc.sql("""
                select d.child_id, d.met, d.evidence, d.summary from unnest(cast(:children as uuid[])) c(id)
                join plans.drift_check d on d.child_id = c.id""")
                .param("children", children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new))
                .query(rs -> {
                    told.put(new ChildId(rs.getObject(1, UUID.class)), new Told(rs.getBoolean(2), uuids(rs.getArray(3)),
                            rs.getString(4)));
                });
        return told;
    }

    /** The reasons kept for these plans (as JSON), for those that have any. */
    public Map<UUID, String> keptReasons(Collection<UUID> plans) {
        Map<UUID, String> kept = new HashMap<>();
        if (plans.isEmpty()) {
            return kept;
        }
        jdbc.sql("""
                select d.plan_id, d.reasons::text from unnest(cast(:plans as uuid[])) x(id)
                join plans.plan_drift d on d.plan_id = x.id""")
                .param("plans", ReviewStore.ids(plans))
                .query(rs -> {
                    kept.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return kept;
    }

    /**
     * What was found for a child: what PLAN_DRIFT is told, when to look again, and the reasons (as
     * JSON) of each plan whose reasons changed.
     */
    public record Found(ChildId child, LocalDate nextCheckOn, Told told, Map<UUID, String> planReasons) {
    }

    /**
     * Keeps what was found, in two statements however many children: a child's state and a plan's
     * reasons are written only where they differ from what is kept (a job that looks again and finds
     * the same writes nothing but the next day to look, which always moves on), so {@code checked_at}
     * says when each last changed. The rows go as arrays ({@code unnest}), one round trip each.
     */
    public void save(List<Found> found, Instant at) {
        if (found.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update plans.drift_check d set next_check_on = f.next_check_on, met = f.met,
                    evidence = cast(f.evidence as uuid[]), summary = f.summary, checked_at = :at
                from unnest(cast(:children as uuid[]), cast(:next as date[]), cast(:met as boolean[]),
                            cast(:evidence as text[]), cast(:summary as text[]))
                     as f (child_id, next_check_on, met, evidence, summary)
                where d.child_id = f.child_id
                  and (d.next_check_on, d.met, d.evidence, d.summary)
                      is distinct from (f.next_check_on, f.met, cast(f.evidence as uuid[]), f.summary)""")
                .param("at", Timestamps.of(at))
                .param("children", column(found, f -> f.child().value().toString()))
                .param("next", column(found, f -> f.nextCheckOn() == null ? null : f.nextCheckOn().toString()))
                .param("met", column(found, f -> String.valueOf(f.told().met())))
                .param("evidence", column(found, f -> arrayLiteral(f.told().evidence())))
                .param("summary", column(found, f -> f.told().summary()))
                .update();
        savePlans(found, at);
    }

    private void savePlans(List<Found> found, Instant at) {
        List<String[]> plans = new ArrayList<>();
        found.forEach(f -> f.planReasons().forEach((plan, reasons) -> plans.add(new String[] {plan.toString(),
                f.child().value().toString(), String.valueOf(!"[]".equals(reasons)), reasons})));
        if (plans.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into plans.plan_drift (plan_id, child_id, drifting, reasons, checked_at)
                select p.plan_id, p.child_id, p.drifting, cast(p.reasons as jsonb), :at
                from unnest(cast(:plans as uuid[]), cast(:children as uuid[]), cast(:drifting as boolean[]),
                            cast(:reasons as text[])) as p (plan_id, child_id, drifting, reasons)
                on conflict (plan_id) do update set drifting = excluded.drifting, reasons = excluded.reasons,
                    checked_at = excluded.checked_at
                where (plans.plan_drift.drifting, plans.plan_drift.reasons)
                      is distinct from (excluded.drifting, excluded.reasons)""")
                .param("at", Timestamps.of(at))
                .param("plans", column(plans, p -> p[0])).param("children", column(plans, p -> p[1]))
                .param("drifting", column(plans, p -> p[2])).param("reasons", column(plans, p -> p[3]))
                .update();
    }

    private static <T> String[] column(List<T> rows, java.util.function.Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    /** Ids as PostgreSQL writes an array of them, sorted, for one element of an array of arrays. */
    private static String arrayLiteral(Set<UUID> ids) {
        return ids.stream().sorted().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    static Set<UUID> uuids(Array array) throws SQLException {
        return ReviewStore.uuids(array);
    }
}
