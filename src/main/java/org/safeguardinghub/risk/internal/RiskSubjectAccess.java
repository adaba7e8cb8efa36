package org.safeguardinghub.risk.internal;

import static org.safeguardinghub.chronology.SubjectAccessSource.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.SubjectAccessSource;
import org.safeguardinghub.risk.ContextKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The exploitation risk part of a subject access export: every screening (the tool's score and
 * reasons, the indicators found, the practitioner's judgement and a manager's agreement to a
 * lowering), every link of the child to a context (a place, a peer group, a person of concern...)
 * and its end, and what was done about those contexts (steps and actions). Persons of concern,
 * vehicles and phone numbers point at people and are kept as police intelligence; peer groups name
 * other children: their names and descriptions are third party, and restricted items are marked
 * for review. A context's steps and actions concern every child linked to it: marked third party.
 */
@Component
class RiskSubjectAccess implements SubjectAccessSource {

    /** The contexts of the child (linked now or once), for their steps and actions. */
    private static final String CHILDS_CONTEXTS = "select context_id from risk.context_link where child_id = :c";

    private final JdbcClient jdbc;

    RiskSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 180;
    }

    @Override
    public Part about(ChildId child) {
        List<Item> items = new ArrayList<>(screenings(child));
        items.addAll(links(child));
        items.addAll(steps(child));
        items.addAll(actions(child));
        return new Part("subjectAccess.part.risk", items);
    }

    /** Every screening with the indicators found and a manager's agreement to it, if one was needed. */
    private List<Item> screenings(ChildId child) {
        return list("""
                select s.screened_at::text, a.code, s.screened_by_name, s.tool_version, s.age_years, s.tool_score,
                       s.tool_level, s.tool_reasons::text,
                       (select string_agg(x.indicator || ' (' || x.band || ')', ', ' order by x.indicator)
                        from risk.screening_answer x where x.screening_id = s.id),
                       s.judged_level, s.level_before, s.rationale, s.sensitivity, s.needs_agreement::text,
                       s.agreement_due_at::text, g.agreed::text, g.decided_name, g.decided_at::text, g.note
                from risk.screening s join access.agency a on a.id = s.agency_id
                left join risk.agreement g on g.screening_id = s.id
                where s.child_id = :c order by s.screened_at""", child,
                (rs, n) -> new Item(fields("screening", rs.getString(1), "agency", rs.getString(2),
                        "screened by", rs.getString(3), "tool version", rs.getString(4), "age", rs.getString(5),
                        "tool score", rs.getString(6), "tool level", rs.getString(7), "the tool's reasons", rs.getString(8),
                        "indicators found", rs.getString(9), "level judged", rs.getString(10),
                        "level before", rs.getString(11), "why", rs.getString(12), "sensitivity", rs.getString(13),
                        "needs a manager's agreement", rs.getString(14), "agreement due", rs.getString(15),
                        "agreed", rs.getString(16), "decided by", rs.getString(17), "decided", rs.getString(18),
                        "manager's note", rs.getString(19)), Set.of("why"), review(rs.getString(13))));
    }

    /** Each link to a context, ended ones too, with the context as recorded. */
    private List<Item> links(ChildId child) {
        return list("""
                select c.kind, c.name, c.description, c.area, ca.code, c.sensitivity, c.recorded_by, c.recorded_at::text,
                       l.source, l.note, l.linked_by, la.code, l.linked_at::text, e.ended_by, e.ended_at::text, e.reason
                from risk.context_link l join risk.context c on c.id = l.context_id
                join access.agency ca on ca.id = c.recording_agency_id join access.agency la on la.id = l.agency_id
                left join risk.context_link_end e on e.link_id = l.id
                where l.child_id = :c order by l.linked_at""", child,
                (rs, n) -> new Item(fields("linked to a", rs.getString(1), "name", rs.getString(2),
                        "description", rs.getString(3), "area", rs.getString(4), "recorded by agency", rs.getString(5),
                        "sensitivity", rs.getString(6), "context recorded by", rs.getString(7),
                        "context recorded", rs.getString(8), "how linked", rs.getString(9), "note", rs.getString(10),
                        "linked by", rs.getString(11), "linking agency", rs.getString(12), "linked", rs.getString(13),
                        "link ended by", rs.getString(14), "link ended", rs.getString(15), "why ended", rs.getString(16)),
                        aboutOthers(ContextKind.valueOf(rs.getString(1))), review(rs.getString(6))));
    }

    private List<Item> steps(ChildId child) {
        return list("""
                select c.kind || ': ' || c.name, c.sensitivity, s.step, s.note, array_to_string(s.agencies, ', '),
                       s.taken_by, s.taken_at::text
                from risk.context_step s join risk.context c on c.id = s.context_id
                where s.context_id in (%s) order by c.name, s.taken_at""".formatted(CHILDS_CONTEXTS), child,
                (rs, n) -> new Item(fields("step on context", rs.getString(1), "step", rs.getString(3),
                        "note", rs.getString(4), "agencies", rs.getString(5), "by", rs.getString(6),
                        "when", rs.getString(7)), Set.of("step on context", "note"), review(rs.getString(2))));
    }

    private List<Item> actions(ChildId child) {
        return list("""
                select c.kind || ': ' || c.name, c.sensitivity, x.what, x.owner, x.due_on::text, x.arising_from,
                       x.created_by, x.created_at::text, d.done_by, d.done_at::text, d.note
                from risk.context_action x join risk.context c on c.id = x.context_id
                left join risk.context_action_done d on d.action_id = x.id
                where x.context_id in (%s) order by c.name, x.created_at""".formatted(CHILDS_CONTEXTS), child,
                (rs, n) -> new Item(fields("action on context", rs.getString(1), "action", rs.getString(3),
                        "owner", rs.getString(4), "due", rs.getString(5), "arising from", rs.getString(6),
                        "added by", rs.getString(7), "added", rs.getString(8), "done by", rs.getString(9),
                        "done", rs.getString(10), "note when done", rs.getString(11)),
                        Set.of("action on context", "action", "note when done"), review(rs.getString(2))));
    }

    /** A context that points at people (an offender, or a peer group of other children) names them. */
    private static Set<String> aboutOthers(ContextKind kind) {
        return kind.offender() || kind == ContextKind.PEER_GROUP ? Set.of("name", "description", "note") : Set.of("note");
    }

    private List<Item> list(String sql, ChildId child, RowMapper<Item> item) {
        return jdbc.sql(sql).param("c", child.value()).query(item).list();
    }

    /** A restricted sensitivity (police intelligence above all) is reviewed before release. */
    private static String review(String sensitivity) {
        return sensitivity != null && Sensitivity.valueOf(sensitivity).isRestricted()
                ? "subjectAccess.review.sensitivity" : null;
    }
}
