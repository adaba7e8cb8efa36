package org.safeguardinghub.plans.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.plans.PlanCategory;
import org.safeguardinghub.plans.PlanType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the managers' view reads of an agency's open plans: those found drifting, and those it leads. */
@Repository
public class ManagersStore {

    /** An open plan of an agency's, with what the drift rules last found of it (as JSON). */
    public record OpenPlan(UUID planId, ChildId child, PlanType type, PlanCategory category, UUID leadPractitionerId,
                           LocalDate startedOn, String reasons) {
    }

    private final JdbcClient jdbc;

    ManagersStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open plans the agency leads or is involved in that the drift rules last found drifting. */
    public List<OpenPlan> drifting(UUID agency) {
        return jdbc.sql("""
                select p.id, p.child_id, p.type, p.category, p.lead_practitioner_id, p.started_on, d.reasons
                from plans.plan_drift d join plans.plan p on p.id = d.plan_id
                where d.drifting and not exists (select 1 from plans.plan_end e where e.plan_id = p.id)
                  and (p.lead_agency_id = :agency or exists (select 1 from plans.plan_agency a
                       where a.plan_id = p.id and a.agency_id = :agency and a.left_on is null))
                order by p.started_on, p.id""")
                .param("agency", agency).query(ManagersStore::row).list();
    }

    /** Open plans the agency leads. */
    public List<OpenPlan> ledBy(UUID agency) {
        return jdbc.sql("""
                select p.id, p.child_id, p.type, p.category, p.lead_practitioner_id, p.started_on, '[]' as reasons
                from plans.plan p
                where p.lead_agency_id = :agency and not exists (select 1 from plans.plan_end e where e.plan_id = p.id)
                order by p.started_on, p.id""")
                .param("agency", agency).query(ManagersStore::row).list();
    }

    private static OpenPlan row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String category = rs.getString("category");
        return new OpenPlan(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                PlanType.valueOf(rs.getString("type")), category == null ? null : PlanCategory.valueOf(category),
                rs.getObject("lead_practitioner_id", UUID.class), rs.getObject("started_on", LocalDate.class),
                rs.getString("reasons"));
    }
}
