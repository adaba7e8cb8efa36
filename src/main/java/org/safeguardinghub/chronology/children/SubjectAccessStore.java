package org.safeguardinghub.chronology.children;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.SubjectAccessSource;
import org.safeguardinghub.chronology.SubjectAccessSource.Item;
import org.safeguardinghub.chronology.SubjectAccessSource.Part;

import static org.safeguardinghub.chronology.SubjectAccessSource.fields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The chronology module's parts of a subject access export: who the child is (every name,
 * identifier and address each agency gave), every version of every entry (restricted ones marked
 * for review with the agency that recorded them), the professional network, and the family (third
 * parties).
 */
@Repository
public class SubjectAccessStore {

    private final JdbcClient jdbc;

    SubjectAccessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Part> about(ChildId child) {
        return List.of(identity(child), chronology(child), network(child), family(child));
    }

    private Part identity(ChildId child) {
        List<Item> items = new java.util.ArrayList<>(jdbc.sql("""
                select 'name' as what, coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' (' || kind || ')' as value,
                       a.code as agency, n.recorded_at from chronology.child_name n left join access.agency a on a.id = n.source_agency_id
                where n.child_id = :c
                union all
                select 'identifier', i.kind || ' ' || i.value, a.code, i.recorded_at from chronology.child_identifier i
                left join access.agency a on a.id = i.source_agency_id where i.child_id = :c
                union all
                select 'address', coalesce(d.address, '') || ' ' || coalesce(d.postcode, ''), a.code, d.recorded_at
                from chronology.child_address d left join access.agency a on a.id = d.source_agency_id where d.child_id = :c
                order by 1, 4""")
                .param("c", child.value())
                .query((rs, n) -> Item.of(fields("what", rs.getString("what"), "value", rs.getString("value").strip(),
                        "from", rs.getString("agency"), "recorded", time(rs, "recorded_at")))).list());
        jdbc.sql("select date_of_birth, sex, ethnicity from chronology.child where id = :c").param("c", child.value())
                .query((rs, n) -> Item.of(fields("what", "record", "date of birth", rs.getString(1), "sex", rs.getString(2),
                        "ethnicity", rs.getString(3)))).list().forEach(i -> items.add(0, i));
        return new Part("subjectAccess.part.identity", items);
    }

    private Part chronology(ChildId child) {
        return new Part("subjectAccess.part.chronology", jdbc.sql("""
                select e.event_id, e.version, e.superseded, a.code, e.type, e.occurred_at, e.ended_at, e.summary, e.details,
                       e.significance, e.sensitivity, e.recorded_at, e.recorded_by, e.correction_reason
                from chronology.event e join access.agency a on a.id = e.agency_id
                where e.child_id = :c order by e.occurred_at, e.event_id, e.version""")
                .param("c", child.value())
                .query((rs, n) -> {
                    String sensitivity = rs.getString("sensitivity");
                    return new Item(fields("entry", rs.getString("event_id"), "version", rs.getString("version")
                                    + (rs.getBoolean("superseded") ? " (corrected later)" : ""), "agency", rs.getString("code"),
                            "type", rs.getString("type"), "occurred", time(rs, "occurred_at"), "ended", time(rs, "ended_at"),
                            "summary", rs.getString("summary"), "details", rs.getString("details"),
                            "significance", rs.getString("significance"), "sensitivity", sensitivity,
                            "recorded", time(rs, "recorded_at"), "recorded by", rs.getString("recorded_by"),
                            "correction reason", rs.getString("correction_reason")),
                            Set.of("details"), "STANDARD".equals(sensitivity) ? null
                                    : "subjectAccess.review.sensitivity");
                }).list());
    }

    private Part network(ChildId child) {
        return new Part("subjectAccess.part.network", jdbc.sql("""
                select a.code, p.display_name, m.role, m.allocated, m.started_on, m.ended_on, m.end_reason
                from chronology.network_member m join access.agency a on a.id = m.agency_id
                left join access.practitioner p on p.id = m.practitioner_id
                where m.child_id = :c order by m.started_on""")
                .param("c", child.value())
                .query((rs, n) -> Item.of(fields("agency", rs.getString(1), "practitioner", rs.getString(2),
                        "role", rs.getString(3), "allocated", rs.getBoolean(4) ? "yes" : "no", "from", rs.getString(5),
                        "until", rs.getString(6), "why it ended", rs.getString(7)))).list());
    }

    private Part family(ChildId child) {
        return new Part("subjectAccess.part.family", jdbc.sql("""
                select name, relationship, lives_with_child, date_of_birth, notes, recorded_by, recorded_at
                from chronology.family_member where child_id = :c order by recorded_at""")
                .param("c", child.value())
                .query((rs, n) -> new Item(fields("name", rs.getString(1), "relationship", rs.getString(2),
                        "lives with the child", rs.getBoolean(3) ? "yes" : "no", "date of birth", rs.getString(4),
                        "notes", rs.getString(5), "recorded by", rs.getString(6), "recorded", time(rs, "recorded_at")),
                        Set.of("name", "date of birth", "notes"), null)).list());
    }

    private static String time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant().toString();
    }
}
