package org.safeguardinghub.plans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.plans.Outcome;
import org.safeguardinghub.plans.OutcomeStatus;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanCategory;
import org.safeguardinghub.plans.PlanType;
import org.safeguardinghub.plans.ReviewDecision;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, the agencies in them, their outcomes and how they ended, in {@code plans.*}. */
@Repository
public class PlanStore {

    /** A plan with its ending and the review date its latest review (or its start) set. */
    static final String SELECT = """
            select p.*, e.ended_on, e.reason as end_reason, e.decision as end_decision, e.ended_by,
                   coalesce(r.number, 0) as reviews, coalesce(r.next_review_due, p.first_review_due) as review_due,
                   coalesce(r.entry_id, p.entry_id) as review_due_set_by
            from plans.plan p
            left join plans.plan_end e on e.plan_id = p.id
            left join lateral (select number, next_review_due, entry_id from plans.review where plan_id = p.id
                               order by number desc limit 1) r on true
            """;

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewPlan(UUID id, ChildId child, PlanType type, PlanCategory category, String concern, UUID leadPractitionerId,
                          UUID leadAgencyId, LocalDate startedOn, LocalDate firstReviewDue, String by, Instant at,
                          UUID entryId) {
    }

    public void insert(NewPlan plan, Collection<UUID> agencies, List<PlanRule.OutcomeInput> outcomes) {
        jdbc.sql("""
                insert into plans.plan (id, child_id, type, category, concern, lead_practitioner_id, lead_agency_id,
                                        started_on, first_review_due, created_by, created_at, entry_id)
                values (:id, :child, :type, :category, :concern, :lead, :leadAgency, :started, :review, :by, :at, :entry)""")
                .param("id", plan.id()).param("child", plan.child().value()).param("type", plan.type().name())
                .param("category", plan.category() == null ? null : plan.category().name()).param("concern", plan.concern())
                .param("lead", plan.leadPractitionerId()).param("leadAgency", plan.leadAgencyId())
                .param("started", plan.startedOn()).param("review", plan.firstReviewDue()).param("by", plan.by())
                .param("at", Timestamps.of(plan.at())).param("entry", plan.entryId()).update();
        for (UUID agency : agencies) {
            join(plan.id(), agency, plan.startedOn(), plan.by(), plan.at());
        }
        for (int i = 0; i < outcomes.size(); i++) {
            jdbc.sql("""
                    insert into plans.outcome (id, plan_id, position, wording, childs_view, added_by, added_at)
                    values (:id, :plan, :position, :wording, :view, :by, :at)""")
                    .param("id", Ids.newId()).param("plan", plan.id()).param("position", i + 1)
                    .param("wording", outcomes.get(i).wording()).param("view", outcomes.get(i).childsView())
                    .param("by", plan.by()).param("at", Timestamps.of(plan.at())).update();
        }
    }

    /** The agency joins the plan, unless it is in it already. */
    public void join(UUID plan, UUID agency, LocalDate on, String by, Instant at) {
        jdbc.sql("""
                insert into plans.plan_agency (id, plan_id, agency_id, joined_on, joined_by, joined_at)
                values (:id, :plan, :agency, :on, :by, :at) on conflict do nothing""")
                .param("id", Ids.newId()).param("plan", plan).param("agency", agency).param("on", on).param("by", by)
                .param("at", Timestamps.of(at)).update();
    }

    public void left(Plan.AgencyLeft left, Instant at) {
        jdbc.sql("""
                update plans.plan_agency set left_on = :on, left_by = :by, left_reason = :reason, left_at = :at
                where id = :id and left_on is null""")
                .param("on", left.on()).param("by", left.by()).param("reason", left.reason()).param("at", Timestamps.of(at))
                .param("id", left.involvementId()).update();
    }

    public void ended(Plan.Ended ended, Instant at, UUID entryId) {
        jdbc.sql("""
                insert into plans.plan_end (plan_id, ended_on, reason, decision, review_id, ended_by, ended_at, entry_id)
                values (:plan, :on, :reason, :decision, :review, :by, :at, :entry)""")
                .param("plan", ended.planId()).param("on", ended.on()).param("reason", ended.reason())
                .param("decision", ended.decision() == null ? null : ended.decision().name()).param("review", ended.reviewId())
                .param("by", ended.by()).param("at", Timestamps.of(at)).param("entry", entryId).update();
    }

    /** Holds the plan until the transaction ends, so two changes to it are made one after the other. */
    public void lock(UUID plan) {
        jdbc.sql("select id from plans.plan where id = :id for update").param("id", plan).query(UUID.class).optional();
    }

    public Optional<Plan> byId(UUID plan) {
        List<Plan> found = plans(SELECT + "where p.id = :id", Map.of("id", plan));
        return found.stream().findFirst();
    }

    /** The child's plans, open ones first, latest first. */
    public List<Plan> ofChild(ChildId child) {
        return plans(SELECT + "where p.child_id = :child order by (e.plan_id is null) desc, p.started_on desc, p.id",
                Map.of("child", child.value()));
    }

    private List<Plan> plans(String sql, Map<String, Object> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(PlanStore::row).list();
        Map<UUID, List<Plan.Involvement>> involvements = involvements(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> r.plan(involvements.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<UUID, List<Plan.Involvement>> involvements(List<UUID> plans) {
        Map<UUID, List<Plan.Involvement>> byPlan = new HashMap<>();
        if (plans.isEmpty()) {
            return byPlan;
        }
        jdbc.sql("""
                select a.* from plans.plan_agency a join unnest(cast(:plans as uuid[])) p(id) on a.plan_id = p.id
                order by a.joined_on, a.joined_at""")
                .param("plans", plans.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    byPlan.computeIfAbsent(rs.getObject("plan_id", UUID.class), p -> new ArrayList<>()).add(
                            new Plan.Involvement(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                                    rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                                    rs.getString("left_by"), rs.getString("left_reason")));
                });
        return byPlan;
    }

    /** The plan's outcomes in order, each with the status and progress its latest review recorded. */
    public List<Outcome> outcomes(UUID plan) {
        return jdbc.sql("""
                select o.*, r.status, r.progress from plans.outcome o
                left join lateral (select ro.status, ro.progress from plans.review_outcome ro
                                   join plans.review rv on rv.id = ro.review_id
                                   where ro.outcome_id = o.id order by rv.number desc limit 1) r on true
                where o.plan_id = :plan order by o.position""")
                .param("plan", plan)
                .query((rs, n) -> new Outcome(rs.getObject("id", UUID.class), plan, rs.getInt("position"),
                        rs.getString("wording"), rs.getString("childs_view"),
                        rs.getString("status") == null ? null : OutcomeStatus.valueOf(rs.getString("status")),
                        rs.getString("progress")))
                .list();
    }

    /** A plan row before its agencies are added. */
    private record Row(UUID id, ChildId child, PlanType type, PlanCategory category, String concern, UUID lead,
                       UUID leadAgency, LocalDate startedOn, LocalDate reviewDue, UUID reviewDueSetBy, int reviews,
                       Plan.Ending ending, UUID entryId) {

        Plan plan(List<Plan.Involvement> involvements) {
            return new Plan(id, child, type, category, concern, lead, leadAgency, startedOn, reviewDue, reviewDueSetBy,
                    reviews, ending, involvements, entryId);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("category");
        LocalDate endedOn = rs.getObject("ended_on", LocalDate.class);
        String decision = rs.getString("end_decision");
        return new Row(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                PlanType.valueOf(rs.getString("type")), category == null ? null : PlanCategory.valueOf(category),
                rs.getString("concern"), rs.getObject("lead_practitioner_id", UUID.class),
                rs.getObject("lead_agency_id", UUID.class), rs.getObject("started_on", LocalDate.class),
                rs.getObject("review_due", LocalDate.class), rs.getObject("review_due_set_by", UUID.class),
                rs.getInt("reviews"), endedOn == null ? null : new Plan.Ending(endedOn, rs.getString("end_reason"),
                        decision == null ? null : ReviewDecision.valueOf(decision), rs.getString("ended_by")),
                rs.getObject("entry_id", UUID.class));
    }
}
