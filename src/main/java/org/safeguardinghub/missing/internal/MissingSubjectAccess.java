package org.safeguardinghub.missing.internal;

import static org.safeguardinghub.chronology.SubjectAccessSource.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.SubjectAccessSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The missing module's part of a subject access export: each episode and what was done about it,
 * every version of every report it was told by (those a later version replaced too), every return
 * interview, and every version of the missing profile and of the trigger plan with its stages.
 * Who the child was found with, what they disclosed, the pull and push factors, their associates
 * and who is called speak of other people: marked as third party. Reports and interviews at a
 * restricted sensitivity (police intelligence, the child's own words) are marked for review.
 */
@Component
class MissingSubjectAccess implements SubjectAccessSource {

    private final JdbcClient jdbc;

    MissingSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 160;
    }

    @Override
    public Part about(ChildId child) {
        List<Item> items = new ArrayList<>(episodes(child));
        items.addAll(steps(child));
        items.addAll(reports(child));
        items.addAll(interviews(child));
        items.addAll(profiles(child));
        items.addAll(triggerPlans(child));
        items.addAll(stages(child));
        return new Part("subjectAccess.part.missing", items);
    }

    /** Episodes, the hub's grouping of reports: merged into another or withdrawn ones too. */
    private List<Item> episodes(ChildId child) {
        return list("""
                select e.started_at::text, e.ended_at::text, m.started_at::text, e.withdrawn::text, e.created_at::text
                from missing.episode e left join missing.episode m on m.id = e.merged_into
                where e.child_id = :c order by e.started_at""", child,
                (rs, n) -> Item.of(fields("missing episode from", rs.getString(1), "until", rs.getString(2),
                        "merged into the episode from", rs.getString(3), "withdrawn", rs.getString(4),
                        "first known", rs.getString(5))));
    }

    private List<Item> steps(ChildId child) {
        return list("""
                select e.started_at::text, s.action, s.note, s.actor, s.at::text
                from missing.episode_step s join missing.episode e on e.id = s.episode_id
                where e.child_id = :c order by s.at, s.id""", child,
                (rs, n) -> Item.of(fields("step on the episode from", rs.getString(1), "what was done", rs.getString(2),
                        "note", rs.getString(3), "by", rs.getString(4), "when", rs.getString(5))));
    }

    /** Every version of every report, a return or a correction being a new version of it. */
    private List<Item> reports(ChildId child) {
        return list("""
                select a.code, r.version, r.superseded::text, r.source, r.from_setting, r.absence,
                       r.reported_to_police::text, r.police_reference, r.risk_grading, r.started_at::text,
                       r.ended_at::text, r.found_at, r.found_with, r.injuries, r.intoxicated::text, r.disclosures,
                       r.sensitivity, r.recorded_by, r.recorded_at::text
                from missing.report r join access.agency a on a.id = r.agency_id
                where r.child_id = :c order by r.started_at, r.report_id, r.version""", child,
                (rs, n) -> new Item(fields("missing report from", rs.getString(1), "version", rs.getString(2),
                        "replaced by a later version", rs.getString(3), "how it came", rs.getString(4),
                        "missing from", rs.getString(5), "absence", rs.getString(6), "reported to police", rs.getString(7),
                        "police reference", rs.getString(8), "risk grading", rs.getString(9), "went missing", rs.getString(10),
                        "back", rs.getString(11), "found at", rs.getString(12), "found with", rs.getString(13),
                        "injuries", rs.getString(14), "intoxicated", rs.getString(15), "what the child said", rs.getString(16),
                        "sensitivity", rs.getString(17), "recorded by", rs.getString(18), "recorded", rs.getString(19)),
                        Set.of("found with", "what the child said"), review(rs.getString(17))));
    }

    private List<Item> interviews(ChildId child) {
        return list("""
                select a.code, i.superseded::text, i.source, i.offered_at::text, i.offered_by, i.accepted::text,
                       i.completed_at::text, i.childs_voice, i.push_factors, i.pull_factors,
                       array_to_string(i.indicators, ', '), i.sensitivity, i.recorded_by, i.recorded_at::text
                from missing.return_interview i join access.agency a on a.id = i.agency_id
                where i.child_id = :c order by i.offered_at, i.recorded_at""", child,
                (rs, n) -> new Item(fields("return interview by", rs.getString(1), "replaced by a later one", rs.getString(2),
                        "how it came", rs.getString(3), "offered", rs.getString(4), "offered by", rs.getString(5),
                        "accepted", rs.getString(6), "completed", rs.getString(7), "the child's words", rs.getString(8),
                        "push factors", rs.getString(9), "pull factors", rs.getString(10), "indicators", rs.getString(11),
                        "sensitivity", rs.getString(12), "recorded by", rs.getString(13), "recorded", rs.getString(14)),
                        Set.of("push factors", "pull factors"), review(rs.getString(12))));
    }

    /** Every version of the missing profile (the Philomena Protocol). */
    private List<Item> profiles(ChildId child) {
        return list("""
                select version, description, photo_reference, phone_numbers, social_media, associates, places, triggers,
                       what_works, recorded_by, recorded_at::text
                from missing.profile where child_id = :c order by version""", child,
                (rs, n) -> new Item(fields("missing profile version", rs.getString(1), "description", rs.getString(2),
                        "photograph", rs.getString(3), "phone numbers", rs.getString(4), "social media", rs.getString(5),
                        "associates", rs.getString(6), "places", rs.getString(7), "triggers", rs.getString(8),
                        "what works", rs.getString(9), "recorded by", rs.getString(10), "recorded", rs.getString(11)),
                        Set.of("associates"), null));
    }

    private List<Item> triggerPlans(ChildId child) {
        return list("""
                select version, triggers, recorded_by, recorded_at::text
                from missing.trigger_plan where child_id = :c order by version""", child,
                (rs, n) -> Item.of(fields("trigger plan version", rs.getString(1), "triggers", rs.getString(2),
                        "recorded by", rs.getString(3), "recorded", rs.getString(4))));
    }

    private List<Item> stages(ChildId child) {
        return list("""
                select p.version, s.position + 1, s.label, s.after_minutes, s.actions, s.who_is_called,
                       s.tell_police::text, s.strategy_meeting::text
                from missing.trigger_stage s join missing.trigger_plan p on p.id = s.plan_id
                where p.child_id = :c order by p.version, s.position""", child,
                (rs, n) -> new Item(fields("stage of trigger plan version", rs.getString(1), "stage", rs.getString(2),
                        "name", rs.getString(3), "after minutes missing", rs.getString(4), "actions", rs.getString(5),
                        "who is called", rs.getString(6), "tell the police", rs.getString(7),
                        "strategy meeting", rs.getString(8)), Set.of("who is called"), null));
    }

    private List<Item> list(String sql, ChildId child, RowMapper<Item> item) {
        return jdbc.sql(sql).param("c", child.value()).query(item).list();
    }

    /** A restricted sensitivity (police intelligence, health, the child's own words) is reviewed before release. */
    private static String review(String sensitivity) {
        return sensitivity != null && Sensitivity.valueOf(sensitivity).isRestricted()
                ? "subjectAccess.review.sensitivity" : null;
    }
}
