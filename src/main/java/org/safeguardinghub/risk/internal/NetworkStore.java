package org.safeguardinghub.risk.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.ContextKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The network view's reads: an area's contexts with how many children each has linked now (all the
 * ranking needs), then the current links of only the contexts being decided ({@link NetworkRanking}).
 */
@Repository
public class NetworkStore {

    /** One current link, with what the view needs of its context before deciding what to show. */
    public record LinkRow(UUID contextId, ChildId child, UUID linkAgency, ContextKind kind, UUID recordingAgency) {
    }

    /** A context with a current link, and how many different children are linked to it now. */
    public record Linked(UUID contextId, int children) {
    }

    private static final String CURRENT = "not exists (select 1 from risk.context_link_end e where e.link_id = l.id)";

    private final JdbcClient jdbc;

    NetworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param kind only contexts of this kind (in SQL, so the other kinds' links are never read), or all if null */
    public List<Linked> linkedChildren(String area, ContextKind kind) {
        return jdbc.sql("""
                select c.id, count(distinct l.child_id)
                from risk.context c join risk.context_link l on l.context_id = c.id
                where c.area = :area and (cast(:kind as text) is null or c.kind = cast(:kind as text))
                  and\s""" + CURRENT + " group by c.id")
                .param("area", area).param("kind", kind == null ? null : kind.name())
                .query((rs, n) -> new Linked(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
    }

    /** The current links of these contexts (one query, however many). */
    public List<LinkRow> currentLinks(Collection<UUID> contexts) {
        return jdbc.sql("""
                select l.context_id, l.child_id, l.agency_id, c.kind, c.recording_agency_id
                from risk.context_link l join risk.context c on c.id = l.context_id
                where l.context_id = any(:contexts) and\s""" + CURRENT)
                .param("contexts", contexts.toArray(UUID[]::new))
                .query((rs, n) -> new LinkRow(rs.getObject(1, UUID.class), new ChildId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, UUID.class), ContextKind.valueOf(rs.getString(4)), rs.getObject(5, UUID.class)))
                .list();
    }

    /** The areas that have contexts. */
    public List<String> areas() {
        return jdbc.sql("select distinct area from risk.context order by area").query(String.class).list();
    }
}
