package org.safeguardinghub.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the plans' integration tests start from: a child of their own known to the North agencies
 * (through a school's event), with sw.north allocated and the school's safeguarding lead and the
 * hospital's safeguarding nurse in the network; plans and actions made through the same forms a
 * social worker uses.
 */
final class PlanFixtures {

    static final Pattern PLAN = Pattern.compile("/plans/([0-9a-f-]{36})");

    private final int port;
    private final JdbcClient jdbc;

    PlanFixtures(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /** A new child in the network described above; returns its id as pages show it. */
    String child() {
        String family = familyName();
        Api.Response sent = new Api(port).as("SCHOOL-NORTH").post("/api/v1/events", batch(
                event(unique("SCH"), subject("Ava", family, birthDate()), "SCHOOL_ABSENCE",
                        LocalDate.now(HubTime.ZONE).minusDays(20).toString())));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        String child = sent.json().get("results").get(0).get("childId").stringValue();
        Network.of(port, child).allocate("sw.north").add("dsl.north", "Designated safeguarding lead")
                .add("nurse.north", "Hospital safeguarding nurse");
        return child;
    }

    UUID practitioner(String username) {
        return jdbc.sql("select id from access.practitioner where username = :u").param("u", username).query(UUID.class).single();
    }

    UUID agency(String code) {
        return jdbc.sql("select id from access.agency where code = :c").param("c", code).query(UUID.class).single();
    }

    /** The make-a-plan form, filled in for a child protection plan (neglect) started on {@code startedOn}. */
    Map<String, String> protectionPlan(LocalDate startedOn) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "CHILD_PROTECTION_PLAN");
        form.put("category", "NEGLECT");
        form.put("concern", "Ava is often hungry and tired at school; the home is cold and there is little food.");
        form.put("startedOnDay", "" + startedOn.getDayOfMonth());
        form.put("startedOnMonth", "" + startedOn.getMonthValue());
        form.put("startedOnYear", "" + startedOn.getYear());
        form.put("lead", practitioner("sw.north").toString());
        form.put("outcome-0", "Ava has enough to eat every day.");
        form.put("childsView-0", "I want breakfast before school.");
        return form;
    }

    /** Makes the plan as this session; returns its id. */
    UUID make(WebSession session, String child, Map<String, String> form) {
        session.get("/children/" + child + "/plans/new");
        WebSession.Page made = session.post("/children/" + child + "/plans", form);
        assertThat(made.status()).as("plan refused: %s", made.body()).isEqualTo(302);
        Matcher m = PLAN.matcher(made.location());
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }

    static Map<String, String> action(String what, UUID owner, LocalDate due) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("what", what);
        form.put("owner", owner == null ? "" : owner.toString());
        form.put("dueDay", due == null ? "" : "" + due.getDayOfMonth());
        form.put("dueMonth", due == null ? "" : "" + due.getMonthValue());
        form.put("dueYear", due == null ? "" : "" + due.getYear());
        form.put("doneLooksLike", "Recorded on the plan with the date.");
        form.put("workedLooksLike", "Ava says she is less hungry and school sees it.");
        return form;
    }

    /** Adds the action as this session; returns its id. */
    UUID addAction(WebSession session, String child, UUID plan, Map<String, String> form) {
        session.get("/children/" + child + "/plans/" + plan + "/actions/new");
        WebSession.Page added = session.post("/children/" + child + "/plans/" + plan + "/actions", form);
        assertThat(added.status()).as("action refused: %s", added.body()).isEqualTo(302);
        return jdbc.sql("select id from plans.action where plan_id = :p and what = :w").param("p", plan)
                .param("w", form.get("what")).query(UUID.class).single();
    }

    String alertStatus(String child, String code) {
        return jdbc.sql("""
                select status from oversight.alert where child_id = :c and code = :code
                order by raised_at desc limit 1""")
                .param("c", UUID.fromString(child.substring(2))).param("code", code).query(String.class).optional()
                .orElse("NONE");
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }

    /**
     * A date of birth of its own: children all called Ava born on one day become near matches of each
     * other, and identity's review of a near match opens the record to the MASH (a grant that then
     * decides a social care manager's access before their responsibility for the child does).
     */
    static String birthDate() {
        return LocalDate.of(2011, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(2000)).toString();
    }
}
