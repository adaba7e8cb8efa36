package benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the plans benchmark's synthetic population with set-based SQL: children, one open plan for
 * each of the first {@code plans} children (a third child protection plans, some past their review
 * date), {@code actions} actions spread evenly over the plans (a quarter done; of the open ones some
 * overdue, some without recent progress), two reviews with the same actions and outcomes not met for
 * one plan in ten, and every plan's child due to be looked at today. Everything is invented; the
 * lead is the demo's North social worker so the alerts raised have someone to tell.
 */
final class PlanPopulation {

    private PlanPopulation() {
    }

    static void load(Connection db, int children, int plans, int actions) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into chronology.child (id, given_name, family_name, date_of_birth, sex, created_at)
                    select md5('bench-child-' || i)::uuid, 'Given' || (i %% 997), 'Family' || i,
                           date '2010-01-01' + (i %% 3650), case when i %% 2 = 0 then 'F' else 'M' end, now()
                    from generate_series(1, %d) i""".formatted(children));
            sql.execute("""
                    insert into plans.plan (id, child_id, type, category, concern, lead_practitioner_id, lead_agency_id,
                                            started_on, first_review_due, created_by, created_at, entry_id)
                    select md5('bench-plan-' || i)::uuid, md5('bench-child-' || i)::uuid,
                           case when i %% 3 = 0 then 'CHILD_PROTECTION_PLAN' else 'CHILD_IN_NEED_PLAN' end,
                           case when i %% 3 = 0 then 'NEGLECT' end, 'Synthetic concern.',
                           (select id from access.practitioner where username = 'sw.north'),
                           (select id from access.agency where code = 'CSC-NORTH'),
                           current_date - 200 + (i %% 150), current_date - 110 + (i %% 150), 'bench', now(),
                           md5('bench-plan-entry-' || i)::uuid
                    from generate_series(1, %d) i""".formatted(plans));
            sql.execute("""
                    insert into plans.action (id, child_id, plan_id, version, what, owner_practitioner_id, owner_agency_id,
                                              due_on, done_looks_like, worked_looks_like, status, last_progress_on,
                                              source, added_by, added_at, entry_id)
                    select md5('bench-action-' || j)::uuid, md5('bench-child-' || p)::uuid, md5('bench-plan-' || p)::uuid, 1,
                           'Synthetic action ' || j, (select id from access.practitioner where username = 'sw.north'),
                           (select id from access.agency where code = 'CSC-NORTH'), current_date - 40 + (j %% 120),
                           'Recorded.', 'It helps.', case when j %% 4 = 0 then 'DONE' else 'IN_PROGRESS' end,
                           current_date - (j %% 45), 'PLAN', 'bench', now(), md5('bench-action-entry-' || j)::uuid
                    from (select j, ((j - 1) %% %d) + 1 as p from generate_series(1, %d) j) g""".formatted(plans, actions));
            sql.execute("""
                    insert into plans.review (id, plan_id, number, held_on, what_changed, childs_view, family_view, decision,
                                              next_review_due, agencies_consulted, actions_fingerprint, outcomes_met,
                                              recorded_by, recorded_at, entry_id)
                    select md5('bench-review-' || i || '-' || n)::uuid, md5('bench-plan-' || i)::uuid, n,
                           current_date - 190 + 30 * n + (i %% 10), 'Little.', 'Not much better.', 'The same.', 'CONTINUE',
                           current_date + 60, '{}', 'same-actions', false, 'bench', now(),
                           md5('bench-review-entry-' || i || '-' || n)::uuid
                    from generate_series(10, %d, 10) i cross join generate_series(1, 2) n""".formatted(plans));
            sql.execute("""
                    insert into plans.drift_check (child_id, next_check_on)
                    select md5('bench-child-' || i)::uuid, current_date from generate_series(1, %d) i""".formatted(plans));
            sql.execute("analyze");
        }
    }
}
