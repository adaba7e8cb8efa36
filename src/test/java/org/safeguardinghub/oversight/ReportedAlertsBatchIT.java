package org.safeguardinghub.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.AlertRuleEvaluated;
import org.safeguardinghub.alerts.AlertRulesEvaluated;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many rule evaluations reported at once (a module's deadline job): each child's alert ends as it
 * would had each evaluation been reported alone, raised, given new evidence, withdrawn or left, and
 * each newly raised alert is told to the people its own evaluation names besides the usual ones.
 */
@HubIntegrationTest
class ReportedAlertsBatchIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aBatchRaisesReplacesWithdrawsAndLeavesEachChildsAlertAsOneAtATimeWould() {
        ChildId raised = child();
        ChildId replaced = child();
        ChildId withdrawn = child();
        ChildId unchanged = child();
        UUID first = UUID.randomUUID();
        publish(List.of(met(replaced, first, Set.of()), met(withdrawn, first, Set.of()), met(unchanged, first, Set.of())));
        UUID replacedAlert = alertId(replaced);
        UUID dsl = practitioner("dsl.north");

        UUID second = UUID.randomUUID();
        publish(List.of(met(raised, first, Set.of(dsl)), met(replaced, second, Set.of()),
                AlertRuleEvaluated.notMet(withdrawn, AlertCode.PLAN_DRIFT), met(unchanged, first, Set.of(dsl))));

        assertThat(status(raised)).isEqualTo("OPEN");
        assertThat(status(withdrawn)).isEqualTo("WITHDRAWN");
        assertThat(alertId(replaced)).isEqualTo(replacedAlert);
        assertThat(jdbc.sql("select evidence from oversight.alert where id = :id").param("id", replacedAlert)
                .query((rs, n) -> List.of((Object[]) rs.getArray(1).getArray())).single()).containsExactly(second);
        assertThat(history(replaced)).containsExactly("RAISED", "EVIDENCE_CHANGED");
        assertThat(history(unchanged)).containsExactly("RAISED");
        // told once each: the allocated social worker always, the school's lead only where the evaluation named her
        assertThat(told(raised, practitioner("sw.north"))).isEqualTo(1);
        assertThat(told(raised, dsl)).isEqualTo(1);
        assertThat(told(unchanged, dsl)).isZero();
        assertThat(told(replaced, practitioner("sw.north"))).isEqualTo(1);
    }

    private void publish(List<AlertRuleEvaluated> evaluations) {
        transaction.executeWithoutResult(status -> events.publishEvent(new AlertRulesEvaluated(evaluations)));
    }

    private AlertRuleEvaluated met(ChildId child, UUID evidence, Set<UUID> alsoTell) {
        return new AlertRuleEvaluated(child, AlertCode.PLAN_DRIFT, Optional.of(new AlertRuleEvaluated.Met("PLAN_DRIFT",
                List.of(1L, 1L, 0L, 0L, 0L, 10L, 20L), Set.of(evidence), Set.of(agency("CSC-NORTH")))), alsoTell);
    }

    private ChildId child() {
        Api.Response sent = new Api(port).as("CSC-NORTH").post("/api/v1/events", batch(event(unique("CSC"),
                subject("Ava", familyName(), "2013-04-0" + (1 + (int) (Math.random() * 9))), "NOTE",
                LocalDate.now(HubTime.ZONE).minusDays(5).toString())));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        String child = sent.json().get("results").get(0).get("childId").stringValue();
        Network.of(port, child).allocate("sw.north");
        return new ChildId(UUID.fromString(child.substring(2)));
    }

    private String status(ChildId child) {
        return jdbc.sql("select status from oversight.alert where child_id = :c and code = 'PLAN_DRIFT' order by raised_at desc limit 1")
                .param("c", child.value()).query(String.class).single();
    }

    private UUID alertId(ChildId child) {
        return jdbc.sql("select id from oversight.alert where child_id = :c and code = 'PLAN_DRIFT'")
                .param("c", child.value()).query(UUID.class).single();
    }

    private List<String> history(ChildId child) {
        return jdbc.sql("""
                select h.action from oversight.alert_history h join oversight.alert a on a.id = h.alert_id
                where a.child_id = :c and a.code = 'PLAN_DRIFT' order by h.at, h.id""")
                .param("c", child.value()).query(String.class).list();
    }

    private long told(ChildId child, UUID practitioner) {
        return jdbc.sql("""
                select count(*) from notifications.notification
                where child_id = :c and practitioner_id = :p and subject like 'New alert%'""")
                .param("c", child.value()).param("p", practitioner).query(Long.class).single();
    }

    private UUID practitioner(String username) {
        return jdbc.sql("select id from access.practitioner where username = :u").param("u", username).query(UUID.class).single();
    }

    private UUID agency(String code) {
        return jdbc.sql("select id from access.agency where code = :c").param("c", code).query(UUID.class).single();
    }
}
