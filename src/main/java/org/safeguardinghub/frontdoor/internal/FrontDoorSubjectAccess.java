package org.safeguardinghub.frontdoor.internal;

import static org.safeguardinghub.chronology.SubjectAccessSource.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.SubjectAccessSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The front door's part of a subject access export: each contact (who made it, the concern, the
 * child's words), the questions put to partners and their answers, and the threshold decisions
 * with their reasons. The concern and answers often speak of other people: marked as third party.
 */
@Component
class FrontDoorSubjectAccess implements SubjectAccessSource {

    private final JdbcClient jdbc;

    FrontDoorSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Part about(ChildId child) {
        List<Item> items = new ArrayList<>(jdbc.sql("""
                select c.reference, a.code, c.referrer_name, c.referrer_role, c.concern, array_to_string(c.categories, ', '),
                       c.child_voice, c.parents_aware, c.urgency, c.received_at::text, c.sensitivity
                from frontdoor.contact c join access.agency a on a.id = c.referrer_agency_id
                where c.child_id = :c order by c.received_at""")
                .param("c", child.value())
                .query((rs, n) -> new Item(fields("contact", rs.getString(1), "from", rs.getString(2),
                        "referrer", rs.getString(3), "referrer's role", rs.getString(4), "concern", rs.getString(5),
                        "categories", rs.getString(6), "the child's words", rs.getString(7), "parents aware", rs.getString(8),
                        "urgency", rs.getString(9), "received", rs.getString(10), "sensitivity", rs.getString(11)),
                        Set.of("concern"), "STANDARD".equals(rs.getString(11)) ? null : "subjectAccess.review.sensitivity"))
                .list());
        items.addAll(jdbc.sql("""
                select c.reference, a.code, r.question, ans.answer, ans.answered_by, ans.sensitivity
                from frontdoor.information_request r join frontdoor.contact c on c.id = r.contact_id
                join access.agency a on a.id = r.agency_id
                left join frontdoor.information_answer ans on ans.request_id = r.id
                where c.child_id = :c order by r.requested_at""")
                .param("c", child.value())
                .query((rs, n) -> new Item(fields("question about contact", rs.getString(1), "asked of", rs.getString(2),
                        "question", rs.getString(3), "answer", rs.getString(4), "answered by", rs.getString(5)),
                        Set.of("answer"), rs.getString(6) == null || "STANDARD".equals(rs.getString(6)) ? null
                                : "subjectAccess.review.sensitivity"))
                .list());
        items.addAll(jdbc.sql("""
                select c.reference, d.level, d.outcome, d.rationale, d.advice, d.decided_by, d.decided_at::text
                from frontdoor.threshold_decision d join frontdoor.contact c on c.id = d.contact_id
                where c.child_id = :c order by d.decided_at""")
                .param("c", child.value())
                .query((rs, n) -> Item.of(fields("decision on contact", rs.getString(1), "level", rs.getString(2),
                        "outcome", rs.getString(3), "why", rs.getString(4), "advice", rs.getString(5),
                        "decided by", rs.getString(6), "decided", rs.getString(7))))
                .list());
        return new Part("subjectAccess.part.frontdoor", items);
    }
}
