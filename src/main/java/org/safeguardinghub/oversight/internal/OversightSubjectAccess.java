package org.safeguardinghub.oversight.internal;

import static org.safeguardinghub.chronology.SubjectAccessSource.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.SubjectAccessSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Oversight's part of a subject access export: the alerts raised about the child (with what was
 * done) and the professional disagreements about decisions on their case.
 */
@Component
class OversightSubjectAccess implements SubjectAccessSource {

    private final JdbcClient jdbc;

    OversightSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Part about(ChildId child) {
        List<Item> items = new ArrayList<>(jdbc.sql("""
                select code, severity, status, raised_at::text, reasons::text, restricted, acknowledged_by, closed_by,
                       close_reason from oversight.alert where child_id = :c order by raised_at""")
                .param("c", child.value())
                .query((rs, n) -> new Item(fields("alert", rs.getString(1), "severity", rs.getString(2),
                        "status", rs.getString(3), "raised", rs.getString(4), "reasons", rs.getString(5),
                        "acknowledged by", rs.getString(7), "closed by", rs.getString(8), "why closed", rs.getString(9)),
                        Set.of(), rs.getBoolean(6) ? "subjectAccess.review.sensitivity" : null))
                .list());
        items.addAll(jdbc.sql("""
                select d.decision_kind, d.decision, a.code, d.reason, d.stage, d.status, d.resolution, d.raised_by,
                       d.raised_at::text from oversight.disagreement d join access.agency a on a.id = d.with_agency_id
                where d.child_id = :c order by d.raised_at""")
                .param("c", child.value())
                .query((rs, n) -> new Item(fields("disagreement about", rs.getString(1) + ": " + rs.getString(2),
                        "with", rs.getString(3), "why", rs.getString(4), "stage", rs.getString(5), "status", rs.getString(6),
                        "resolution", rs.getString(7), "raised by", rs.getString(8), "raised", rs.getString(9)),
                        Set.of("why", "resolution"), null))
                .list());
        return new Part("subjectAccess.part.oversight", items);
    }
}
