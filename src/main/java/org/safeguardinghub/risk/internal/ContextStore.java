package org.safeguardinghub.risk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.Context;
import org.safeguardinghub.risk.ContextKind;
import org.safeguardinghub.risk.ContextLink;
import org.safeguardinghub.risk.ContextStep;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contexts, their links to children, their steps and actions, in SQL. */
@Repository
public class ContextStore {

    private static final String LINKS = """
            select l.*, e.ended_by, e.ended_at, e.reason from risk.context_link l
            left join risk.context_link_end e on e.link_id = l.id""";

    private final JdbcClient jdbc;

    ContextStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Context c) {
        jdbc.sql("""
                insert into risk.context (id, kind, name, description, sensitivity, area, recording_agency_id, recorded_by,
                                          recorded_at)
                values (:id, :kind, :name, :description, :sensitivity, :area, :agency, :by, :at)""")
                .param("id", c.id()).param("kind", c.kind().name()).param("name", c.name())
                .param("description", c.description()).param("sensitivity", c.sensitivity().name()).param("area", c.area())
                .param("agency", c.recordingAgencyId()).param("by", c.recordedBy()).param("at", Timestamps.of(c.recordedAt()))
                .update();
    }

    /** The context with its steps and actions. */
    public Optional<Context> byId(UUID id) {
        return byIds(List.of(id)).values().stream().findFirst().map(c -> new Context(c.id(), c.kind(), c.name(),
                c.description(), c.sensitivity(), c.area(), c.recordingAgencyId(), c.recordedBy(), c.recordedAt(),
                steps(id), actions(id)));
    }

    /** The contexts themselves (without their steps and actions). */
    public Map<UUID, Context> byIds(Collection<UUID> ids) {
        Map<UUID, Context> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from risk.context where id = any(cast(:ids as uuid[]))")
                    .param("ids", ids.stream().map(UUID::toString).distinct().toArray(String[]::new))
                    .query(ContextStore::context).list().forEach(c -> found.put(c.id(), c));
        }
        return found;
    }

    /** The contexts of an area (of one kind, if given), newest first, at most {@code limit}. */
    public List<Context> ofArea(String area, ContextKind kind, int limit) {
        return jdbc.sql("select * from risk.context where area = :area and (cast(:kind as text) is null or kind = :kind)"
                        + " order by recorded_at desc limit :limit")
                .param("area", area).param("kind", kind == null ? null : kind.name()).param("limit", limit)
                .query(ContextStore::context).list();
    }

    public void insertLink(ContextLink l) {
        jdbc.sql("""
                insert into risk.context_link (id, context_id, child_id, source, source_id, note, linked_by, agency_id, linked_at)
                values (:id, :context, :child, :source, :sourceId, :note, :by, :agency, :at)""")
                .param("id", l.id()).param("context", l.contextId()).param("child", l.child().value())
                .param("source", l.source().name()).param("sourceId", l.sourceId()).param("note", l.note())
                .param("by", l.linkedBy()).param("agency", l.agencyId()).param("at", Timestamps.of(l.linkedAt())).update();
    }

    public void endLink(ContextLink.Ended ended) {
        jdbc.sql("insert into risk.context_link_end values (:id, :by, :at, :reason)").param("id", ended.linkId())
                .param("by", ended.by()).param("at", Timestamps.of(ended.at())).param("reason", ended.reason()).update();
    }

    /** The child's links, current and ended, newest first. */
    public List<ContextLink> linksOf(ChildId child) {
        return jdbc.sql(LINKS + " where l.child_id = :child order by l.linked_at desc").param("child", child.value())
                .query(ContextStore::link).list();
    }

    /** The context's links, current and ended, newest first. */
    public List<ContextLink> linksTo(UUID contextId) {
        return jdbc.sql(LINKS + " where l.context_id = :context order by l.linked_at desc").param("context", contextId)
                .query(ContextStore::link).list();
    }

    /** The children each of these contexts is linked to now. */
    public Map<UUID, Set<ChildId>> childrenLinked(Collection<UUID> contextIds) {
        Map<UUID, Set<ChildId>> children = new HashMap<>();
        if (contextIds.isEmpty()) {
            return children;
        }
        jdbc.sql("""
                select l.context_id, l.child_id from risk.context_link l
                where l.context_id = any(cast(:ids as uuid[]))
                  and not exists (select 1 from risk.context_link_end e where e.link_id = l.id)""")
                .param("ids", contextIds.stream().map(UUID::toString).distinct().toArray(String[]::new))
                .query(rs -> {
                    children.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                            .add(new ChildId(rs.getObject(2, UUID.class)));
                });
        return children;
    }

    public void step(Context.StepTaken s) {
        jdbc.sql("insert into risk.context_step values (:id, :context, :step, :note, :agencies, :by, :at)")
                .param("id", org.safeguardinghub.shared.Ids.newId()).param("context", s.contextId())
                .param("step", s.step().name()).param("note", s.note()).param("agencies", s.agencies().toArray(String[]::new))
                .param("by", s.by()).param("at", Timestamps.of(s.at())).update();
    }

    public void action(UUID contextId, Context.Action a) {
        jdbc.sql("""
                insert into risk.context_action (id, context_id, what, owner, due_on, arising_from, created_by, created_at)
                values (:id, :context, :what, :owner, :due, :from, :by, :at)""")
                .param("id", a.id()).param("context", contextId).param("what", a.what()).param("owner", a.owner())
                .param("due", a.dueOn()).param("from", a.arisingFrom().name()).param("by", a.createdBy())
                .param("at", Timestamps.of(a.createdAt())).update();
    }

    public void actionDone(Context.ActionDone done) {
        jdbc.sql("insert into risk.context_action_done values (:id, :by, :at, :note)").param("id", done.actionId())
                .param("by", done.by()).param("at", Timestamps.of(done.at())).param("note", done.note()).update();
    }

    private List<Context.Step> steps(UUID contextId) {
        return jdbc.sql("select * from risk.context_step where context_id = :id order by taken_at, id").param("id", contextId)
                .query((rs, n) -> new Context.Step(rs.getObject("id", UUID.class), ContextStep.valueOf(rs.getString("step")),
                        rs.getString("note"), List.of((String[]) rs.getArray("agencies").getArray()), rs.getString("taken_by"),
                        rs.getTimestamp("taken_at").toInstant())).list();
    }

    private List<Context.Action> actions(UUID contextId) {
        return jdbc.sql("""
                select a.*, d.done_by, d.done_at, d.note from risk.context_action a
                left join risk.context_action_done d on d.action_id = a.id where a.context_id = :id order by a.due_on, a.id""")
                .param("id", contextId)
                .query((rs, n) -> new Context.Action(rs.getObject("id", UUID.class), rs.getString("what"),
                        rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
                        Context.ActionSource.valueOf(rs.getString("arising_from")), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("done_by"),
                        rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant(),
                        rs.getString("note"))).list();
    }

    static Context context(ResultSet rs, int row) throws SQLException {
        return new Context(rs.getObject("id", UUID.class), ContextKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("description"), Sensitivity.valueOf(rs.getString("sensitivity")), rs.getString("area"),
                rs.getObject("recording_agency_id", UUID.class), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), List.of(), List.of());
    }

    private static ContextLink link(ResultSet rs, int row) throws SQLException {
        return new ContextLink(rs.getObject("id", UUID.class), rs.getObject("context_id", UUID.class),
                new ChildId(rs.getObject("child_id", UUID.class)), ContextLink.Source.valueOf(rs.getString("source")),
                rs.getObject("source_id", UUID.class), rs.getString("note"), rs.getString("linked_by"),
                rs.getObject("agency_id", UUID.class), rs.getTimestamp("linked_at").toInstant(), rs.getString("ended_by"),
                rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant(), rs.getString("reason"));
    }

    /** Serialises links to one context, so two children linked at once both see each other. */
    public void lock(UUID contextId) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 0x6b0cL << 48
                ^ contextId.getMostSignificantBits() ^ contextId.getLeastSignificantBits()).query(rs -> { });
    }
}
