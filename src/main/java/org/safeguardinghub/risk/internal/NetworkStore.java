package org.safeguardinghub.risk.internal;

import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.ContextKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current links of an area's contexts, in one query, for the network view. */
@Repository
public class NetworkStore {

    /** One current link, with what the view needs of its context before deciding what to show. */
    public record LinkRow(UUID contextId, ChildId child, UUID linkAgency, ContextKind kind, UUID recordingAgency) {
    }

    private final JdbcClient jdbc;

    NetworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param kind only contexts of this kind (in SQL, so the other kinds' links are never read), or all if null */
    public List<LinkRow> currentLinks(String area, ContextKind kind) {
        return jdbc.sql("""
                select l.context_id, l.child_id, l.agency_id, c.kind, c.recording_agency_id
                from risk.context c join risk.context_link l on l.context_id = c.id
                where c.area = :area and (cast(:kind as text) is null or c.kind = cast(:kind as text))
                  and not exists (select 1 from risk.context_link_end e where e.link_id = l.id)""")
                .param("area", area).param("kind", kind == null ? null : kind.name())
                .query((rs, n) -> new LinkRow(rs.getObject(1, UUID.class), new ChildId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, UUID.class), ContextKind.valueOf(rs.getString(4)), rs.getObject(5, UUID.class)))
                .list();
    }

    /** The areas that have contexts. */
    public List<String> areas() {
        return jdbc.sql("select distinct area from risk.context order by area").query(String.class).list();
    }
}
