package org.safeguardinghub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 15, item 9: each demo child has the plan its story implies, one of them (Zoë's) drifting. */
@HubIntegrationTest
class PlansDemoIT {

    @Autowired
    JdbcClient jdbc;

    record DemoPlan(String story, String type, long actions, boolean drifting) {
    }

    @Test
    void everyDemoChildHasAPlanAndZoesDrifts() {
        List<DemoPlan> plans = jdbc.sql("""
                select s.story, p.type,
                       (select count(*) from plans.action a where a.plan_id = p.id) as actions,
                       exists (select 1 from oversight.alert al where al.child_id = s.child_id and al.code = 'PLAN_DRIFT'
                               and al.status = 'OPEN') as drifting
                from demo.loaded_story s join plans.plan p on p.child_id = s.child_id order by s.story""")
                .query((rs, n) -> new DemoPlan(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4))).list();
        assertThat(plans).extracting(DemoPlan::story).containsExactly("01-zoe.json", "02-tyler.json", "03-ellie-mae.json",
                "04-kai.json", "05-natalia.json");
        assertThat(plans).allSatisfy(p -> assertThat(p.actions()).as(p.story()).isPositive());
        assertThat(plans.getFirst().type()).isEqualTo("CHILD_IN_NEED_PLAN");
        assertThat(plans.getFirst().drifting()).isTrue();
        assertThat(plans.get(1).type()).isEqualTo("CHILD_PROTECTION_PLAN");
        // (whether the others drift depends on how far other tests have moved the clock)
    }
}
