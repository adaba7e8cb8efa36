package org.safeguardinghub.plans.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.plans.ManagerOversight;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Managers' oversight of children's cases, in {@code plans.oversight}; only ever added to. */
@Repository
public class OversightStore {

    private final JdbcClient jdbc;

    OversightStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ChildId child, ManagerOversight o) {
        jdbc.sql("""
                insert into plans.oversight (id, child_id, recorded_on, note, direction, manager_id, recorded_by, recorded_at)
                values (:id, :child, :on, :note, :direction, :manager, :by, :at)""")
                .param("id", o.id()).param("child", child.value()).param("on", o.on()).param("note", o.note())
                .param("direction", o.direction()).param("manager", o.managerId()).param("by", o.recordedBy())
                .param("at", Timestamps.of(o.recordedAt())).update();
    }

    /** The child's oversight, latest first. */
    public List<ManagerOversight> ofChild(ChildId child) {
        return jdbc.sql("select * from plans.oversight where child_id = :child order by recorded_on desc, recorded_at desc")
                .param("child", child.value())
                .query((rs, n) -> new ManagerOversight(rs.getObject("id", UUID.class),
                        rs.getObject("recorded_on", LocalDate.class), rs.getString("note"), rs.getString("direction"),
                        rs.getObject("manager_id", UUID.class), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** The day of each child's latest oversight (children with none are left out). */
    public Map<ChildId, LocalDate> latest(Collection<ChildId> children) {
        Map<ChildId, LocalDate> latest = new HashMap<>();
        jdbc.sql("""
                select c.id, max(o.recorded_on) from unnest(cast(:children as uuid[])) c(id)
                join plans.oversight o on o.child_id = c.id group by c.id""")
                .param("children", children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new))
                .query(rs -> {
                    latest.put(new ChildId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class));
                });
        return latest;
    }
}
