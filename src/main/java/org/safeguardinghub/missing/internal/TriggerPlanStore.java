package org.safeguardinghub.missing.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.TriggerPlan;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trigger plans, each save a new version with its stages: SQL and nothing else. */
@Repository
public class TriggerPlanStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TriggerPlanStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Optional<TriggerPlan> current(ChildId child) {
        record Head(UUID id, int version, String triggers, String by, java.time.Instant at) {
        }
        Optional<Head> head = jdbc.sql("""
                select id, version, triggers, recorded_by, recorded_at from missing.trigger_plan
                where child_id = :c order by version desc limit 1""")
                .param("c", child.value())
                .query((rs, n) -> new Head(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("triggers"),
                        rs.getString("recorded_by"), EpisodeStore.instant(rs, "recorded_at"))).optional();
        return head.map(h -> new TriggerPlan(h.id(), child, h.version(), h.triggers(), stages(h.id()), h.by(), h.at()));
    }

    private List<TriggerPlan.Stage> stages(UUID plan) {
        return new ArrayList<>(jdbc.sql("""
                select label, after_minutes, actions, who_is_called, tell_police, strategy_meeting from missing.trigger_stage
                where plan_id = :p order by position""")
                .param("p", plan)
                .query((rs, n) -> new TriggerPlan.Stage(rs.getString("label"), Duration.ofMinutes(rs.getInt("after_minutes")),
                        rs.getString("actions"), rs.getString("who_is_called"), rs.getBoolean("tell_police"),
                        rs.getBoolean("strategy_meeting"))).list());
    }

    public void insert(TriggerPlan plan) {
        jdbc.sql("""
                insert into missing.trigger_plan (id, child_id, version, triggers, recorded_by, recorded_at)
                values (:id, :child, :version, :triggers, :by, :at)""")
                .param("id", plan.id()).param("child", plan.child().value()).param("version", plan.version())
                .param("triggers", plan.triggers()).param("by", plan.recordedBy()).param("at", Timestamps.of(plan.recordedAt()))
                .update();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < plan.stages().size(); i++) {
            TriggerPlan.Stage s = plan.stages().get(i);
            rows.add(new Object[] {plan.id(), i, s.label(), (int) s.after().toMinutes(), s.actions(), s.whoIsCalled(),
                s.tellPolice(), s.strategyMeeting()});
        }
        batch.batchUpdate("""
                insert into missing.trigger_stage (plan_id, position, label, after_minutes, actions, who_is_called, tell_police,
                                                   strategy_meeting)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }
}
