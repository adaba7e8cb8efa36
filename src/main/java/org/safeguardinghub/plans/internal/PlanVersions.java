package org.safeguardinghub.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan's versions: the plan as made, after each review and as it ended, kept as snapshots (with
 * names as they were), so its history shows them side by side with the plan as it is now, and what
 * changed since the last review ({@link PlanChanges}).
 */
@Component
public class PlanVersions {

    /** A kept version: its number, when, by whom, why, and the plan as it then stood. */
    public record Version(int number, Instant at, String by, String reason, PlanSnapshot plan) {
    }

    private final JdbcClient jdbc;
    private final PlanStore plans;
    private final PlanActionStore actions;
    private final Practitioners practitioners;
    private final PlanEntries entries;
    private final JsonMapper json;
    private final Clock clock;

    PlanVersions(JdbcClient jdbc, PlanStore plans, PlanActionStore actions, Practitioners practitioners, PlanEntries entries,
                 JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.actions = actions;
        this.practitioners = practitioners;
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the plan as it stands now as its next version. */
    public void keep(UUID planId, String by, String reason) {
        PlanSnapshot snapshot = now(plans.byId(planId).orElseThrow());
        jdbc.sql("""
                insert into plans.plan_version (plan_id, version, recorded_at, recorded_by, reason, snapshot)
                select :plan, coalesce(max(version), 0) + 1, :at, :by, :reason, cast(:snapshot as jsonb)
                from plans.plan_version where plan_id = :plan""")
                .param("plan", planId).param("at", org.safeguardinghub.shared.Timestamps.of(clock)).param("by", by)
                .param("reason", reason).param("snapshot", json.writeValueAsString(snapshot)).update();
    }

    public List<Version> of(UUID planId) {
        return jdbc.sql("select * from plans.plan_version where plan_id = :plan order by version").param("plan", planId)
                .query((rs, n) -> new Version(rs.getInt("version"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"), rs.getString("reason"),
                        json.readValue(rs.getString("snapshot"), PlanSnapshot.class)))
                .list();
    }

    /** The plan as it stands now. */
    public PlanSnapshot now(Plan plan) {
        List<PlanAction> all = actions.ofPlan(plan.id());
        Set<UUID> people = new java.util.HashSet<>();
        people.add(plan.leadPractitionerId());
        all.forEach(a -> people.add(a.ownerPractitionerId()));
        Map<UUID, String> names = practitioners.byIds(people).stream()
                .collect(Collectors.toMap(Practitioner::id, Practitioner::displayName));
        return new PlanSnapshot(names.get(plan.leadPractitionerId()),
                plan.agencies().stream().map(entries::agencyCode).sorted().toList(), plan.open() ? plan.reviewDue() : null,
                plans.outcomes(plan.id()).stream().map(o -> new PlanSnapshot.SnapOutcome(o.position(), o.wording(),
                        o.childsView(), o.status() == null ? null : o.status().name())).toList(),
                all.stream().map(a -> new PlanSnapshot.SnapAction(a.id(), a.what(), names.get(a.ownerPractitionerId()),
                        entries.agencyCode(a.ownerAgencyId()), a.dueOn(), a.doneLooksLike(), a.workedLooksLike(),
                        a.status().name(), a.effectiveness() == null ? null : a.effectiveness().name())).toList());
    }

    /** The changes as sentences, statuses and dates in words. */
    public List<String> describe(List<PlanChanges.Change> changes) {
        List<String> lines = new ArrayList<>();
        for (PlanChanges.Change change : changes) {
            List<Object> args = new ArrayList<>(change.args());
            if (change.key().equals("plan.change.outcomeStatus")) {
                args.set(1, entries.text("plan.outcome.status." + args.get(1)));
            } else if (change.key().equals("plan.change.actionStatus")) {
                args.set(1, entries.text("plan.action.status." + args.get(1)));
            }
            args.replaceAll(a -> a instanceof LocalDate day ? entries.date(day) : a == null ? "" : a);
            lines.add(entries.text(change.key(), args.toArray()));
        }
        return lines;
    }
}
