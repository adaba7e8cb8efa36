package org.safeguardinghub.plans.internal;

import static org.safeguardinghub.chronology.SubjectAccessSource.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.SubjectAccessSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plans' part of a subject access export: each plan and how it ended, every version of it as
 * it stood, the agencies that joined and left, its outcomes, every version of every action (and
 * actions from meetings still waiting for a plan), each progress update, each review, each refused
 * attempt to leave or close a plan without a review, and managers' oversight of the case. The
 * concern, the family's view and notes on progress or oversight speak of other people: marked as
 * third party.
 */
@Component
class PlansSubjectAccess implements SubjectAccessSource {

    /** How an item names its plan: its type and the day it started. */
    private static final String PLAN = "p.type || ' from ' || p.started_on";

    private final JdbcClient jdbc;

    PlansSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 140;
    }

    @Override
    public Part about(ChildId child) {
        List<Item> items = new ArrayList<>(plans(child));
        items.addAll(versions(child));
        items.addAll(agencies(child));
        items.addAll(outcomes(child));
        items.addAll(actions(child));
        items.addAll(progress(child));
        items.addAll(reviews(child));
        items.addAll(withdrawals(child));
        items.addAll(oversight(child));
        return new Part("subjectAccess.part.plans", items);
    }

    private List<Item> plans(ChildId child) {
        return list("""
                select p.type, p.category, p.concern, l.display_name, a.code, p.started_on::text, p.first_review_due::text,
                       p.created_by, p.created_at::text, e.ended_on::text, e.reason, e.decision, e.ended_by
                from plans.plan p left join access.practitioner l on l.id = p.lead_practitioner_id
                left join access.agency a on a.id = p.lead_agency_id left join plans.plan_end e on e.plan_id = p.id
                where p.child_id = :c order by p.started_on, p.created_at""", child,
                (rs, n) -> new Item(fields("plan", rs.getString(1), "category", rs.getString(2), "concern", rs.getString(3),
                        "lead practitioner", rs.getString(4), "lead agency", rs.getString(5), "started", rs.getString(6),
                        "first review due", rs.getString(7), "made by", rs.getString(8), "made", rs.getString(9),
                        "ended", rs.getString(10), "why ended", rs.getString(11), "decision that ended it", rs.getString(12),
                        "ended by", rs.getString(13)), Set.of("concern"), null));
    }

    /** The plan as it stood when made and after each change of substance (a snapshot of the whole plan). */
    private List<Item> versions(ChildId child) {
        return list("""
                select %s, v.version, v.reason, v.recorded_by, v.recorded_at::text, v.snapshot::text
                from plans.plan_version v join plans.plan p on p.id = v.plan_id
                where p.child_id = :c order by p.started_on, v.version""".formatted(PLAN), child,
                (rs, n) -> new Item(fields("version of plan", rs.getString(1), "version", rs.getString(2),
                        "why", rs.getString(3), "recorded by", rs.getString(4), "recorded", rs.getString(5),
                        "the plan as it stood", rs.getString(6)), Set.of("the plan as it stood"), null));
    }

    private List<Item> agencies(ChildId child) {
        return list("""
                select %s, a.code, g.joined_on::text, g.joined_by, g.left_on::text, g.left_by, g.left_reason
                from plans.plan_agency g join plans.plan p on p.id = g.plan_id left join access.agency a on a.id = g.agency_id
                where p.child_id = :c order by p.started_on, g.joined_at""".formatted(PLAN), child,
                (rs, n) -> Item.of(fields("agency in plan", rs.getString(1), "agency", rs.getString(2),
                        "joined", rs.getString(3), "joined by", rs.getString(4), "left", rs.getString(5),
                        "left by", rs.getString(6), "why it left", rs.getString(7))));
    }

    private List<Item> outcomes(ChildId child) {
        return list("""
                select %s, o.wording, o.childs_view, o.added_by, o.added_at::text
                from plans.outcome o join plans.plan p on p.id = o.plan_id
                where p.child_id = :c order by p.started_on, o.position""".formatted(PLAN), child,
                (rs, n) -> Item.of(fields("outcome of plan", rs.getString(1), "outcome", rs.getString(2),
                        "the child's view", rs.getString(3), "added by", rs.getString(4), "added", rs.getString(5))));
    }

    /** Every version of every action; where it stands now is given with its latest version. */
    private List<Item> actions(ChildId child) {
        return list("""
                select coalesce(%s, 'no plan yet (from a meeting)'), v.version, v.what, o.display_name, a.code,
                       v.due_on::text, v.done_looks_like, v.worked_looks_like, v.reason, v.changed_by, v.changed_at::text,
                       case when v.version = x.version then x.status end,
                       case when v.version = x.version then x.effectiveness end
                from plans.action_version v join plans.action x on x.id = v.action_id
                left join plans.plan p on p.id = v.plan_id left join access.practitioner o on o.id = v.owner_practitioner_id
                left join access.agency a on a.id = v.owner_agency_id
                where x.child_id = :c order by x.added_at, v.version""".formatted(PLAN), child,
                (rs, n) -> Item.of(fields("action in", rs.getString(1), "version", rs.getString(2), "action", rs.getString(3),
                        "owner", rs.getString(4), "owner's agency", rs.getString(5), "due", rs.getString(6),
                        "done looks like", rs.getString(7), "worked looks like", rs.getString(8),
                        "why this version", rs.getString(9), "by", rs.getString(10), "when", rs.getString(11),
                        "status now", rs.getString(12), "how well it worked", rs.getString(13))));
    }

    private List<Item> progress(ChildId child) {
        return list("""
                select x.what, g.note, g.status_after, g.effectiveness, g.recorded_by, a.code, g.recorded_at::text
                from plans.progress g join plans.action x on x.id = g.action_id left join access.agency a on a.id = g.agency_id
                where x.child_id = :c order by g.recorded_at""", child,
                (rs, n) -> new Item(fields("progress on action", rs.getString(1), "note", rs.getString(2),
                        "status after", rs.getString(3), "how well it worked", rs.getString(4),
                        "recorded by", rs.getString(5), "agency", rs.getString(6), "recorded", rs.getString(7)),
                        Set.of("note"), null));
    }

    /** Each review with how each outcome stood at it. */
    private List<Item> reviews(ChildId child) {
        return list("""
                select %s, r.number, r.held_on::text, r.what_changed, r.childs_view, r.family_view, r.decision,
                       r.decision_note, r.next_review_due::text,
                       (select string_agg(o.wording || ': ' || ro.status || coalesce(' (' || ro.progress || ')', ''), '; '
                                          order by o.position)
                        from plans.review_outcome ro join plans.outcome o on o.id = ro.outcome_id where ro.review_id = r.id),
                       r.recorded_by, r.recorded_at::text
                from plans.review r join plans.plan p on p.id = r.plan_id
                where p.child_id = :c order by p.started_on, r.number""".formatted(PLAN), child,
                (rs, n) -> new Item(fields("review of plan", rs.getString(1), "review", rs.getString(2),
                        "held", rs.getString(3), "what changed", rs.getString(4), "the child's view", rs.getString(5),
                        "the family's view", rs.getString(6), "decision", rs.getString(7), "why", rs.getString(8),
                        "next review due", rs.getString(9), "outcomes", rs.getString(10),
                        "recorded by", rs.getString(11), "recorded", rs.getString(12)),
                        Set.of("what changed", "the family's view"), null));
    }

    /** Attempts to leave (an agency) or close (none) an open plan with no multi-agency review: refused, kept. */
    private List<Item> withdrawals(ChildId child) {
        return list("""
                select %s, coalesce(a.code, 'closing the plan'), w.attempted_on::text, w.attempted_by, w.reason
                from plans.withdrawal_attempt w join plans.plan p on p.id = w.plan_id
                left join access.agency a on a.id = w.agency_id
                where p.child_id = :c order by w.attempted_at""".formatted(PLAN), child,
                (rs, n) -> Item.of(fields("refused withdrawal from plan", rs.getString(1), "by agency", rs.getString(2),
                        "attempted", rs.getString(3), "attempted by", rs.getString(4), "why", rs.getString(5))));
    }

    private List<Item> oversight(ChildId child) {
        return list("""
                select s.recorded_on::text, m.display_name, s.note, s.direction, s.recorded_by, s.recorded_at::text
                from plans.oversight s left join access.practitioner m on m.id = s.manager_id
                where s.child_id = :c order by s.recorded_on, s.recorded_at""", child,
                (rs, n) -> new Item(fields("manager's oversight", rs.getString(1), "manager", rs.getString(2),
                        "note", rs.getString(3), "direction", rs.getString(4), "recorded by", rs.getString(5),
                        "recorded", rs.getString(6)), Set.of("note"), null));
    }

    private List<Item> list(String sql, ChildId child, RowMapper<Item> item) {
        return jdbc.sql(sql).param("c", child.value()).query(item).list();
    }
}
