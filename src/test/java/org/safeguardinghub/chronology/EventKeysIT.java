package org.safeguardinghub.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * ADR 0044 dropped the event's keys to its child and its agency (their checks were a twelfth of a
 * partner batch's database time). What they guarded must still hold: every event names a child and
 * an agency that exist, the agency that sent or wrote it, through a new child, a linked one, a
 * practitioner's entry and its correction; and neither a child nor an agency can be deleted.
 */
@HubIntegrationTest
class EventKeysIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyEventNamesItsChildAndTheAgencyThatSentOrWroteIt() {
        ObjectNode subject = subject("Tamsin", familyName(), "2012-02-02");
        String child = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(
                event(unique("KEYS"), subject, "ARREST", "2025-03-01T12:00:00Z"))).json()
                .get("results").get(0).get("childId").stringValue();
        // a second agency's batch links to the same child
        assertThat(new Api(port).as("ED-NORTH").post("/api/v1/events", batch(
                event(unique("KEYS"), subject, "ED_ATTENDANCE", "2025-03-02T21:00:00Z"))).json()
                .get("results").get(0).get("childId").stringValue()).isEqualTo(child);
        Network.of(port, child).allocate("sw.north");
        writeAndCorrectAnEntry(child);

        assertThat(jdbc.sql("""
                select a.code || ':' || e.type || ':' || e.version from chronology.event e
                join chronology.child c on c.id = e.child_id
                join access.agency a on a.id = e.agency_id
                where e.child_id = cast(:c as uuid) order by a.code, e.type, e.version""")
                .param("c", child.substring(2)).query(String.class).list())
                .containsExactly("CSC-NORTH:NOTE:1", "CSC-NORTH:NOTE:2", "ED-NORTH:ED_ATTENDANCE:1",
                        "POLICE-NORTH:ARREST:1");
        // and across everything every test so far has stored
        assertThat(jdbc.sql("""
                select count(*) from chronology.event e
                where not exists (select 1 from chronology.child c where c.id = e.child_id)
                   or not exists (select 1 from access.agency a where a.id = e.agency_id)""")
                .query(Long.class).single()).isZero();
    }

    private void writeAndCorrectAnEntry(String child) {
        WebSession session = WebSession.signedIn(port, "sw.north");
        session.get("/children/" + child + "/entries/new");
        LocalDate day = LocalDate.now(HubTime.ZONE).minusDays(2);
        String summary = "Visit " + UUID.randomUUID();
        Map<String, String> entry = new LinkedHashMap<>(Map.of("type", "NOTE", "occurredDay", "" + day.getDayOfMonth(),
                "occurredMonth", "" + day.getMonthValue(), "occurredYear", "" + day.getYear(), "summary", summary,
                "significance", "ROUTINE", "sensitivity", "STANDARD"));
        assertThat(session.post("/children/" + child + "/entries", entry).status()).isEqualTo(302);
        String eventId = jdbc.sql("select event_id::text from chronology.event where summary = :s")
                .param("s", summary).query(String.class).single();
        session.get("/children/" + child + "/entries/" + eventId + "/correct");
        entry.put("summary", summary + ", seen alone");
        entry.put("version", "1");
        entry.put("reason", "Notes checked.");
        assertThat(session.post("/children/" + child + "/entries/" + eventId + "/correct", entry).status()).isEqualTo(302);
    }

    @Test
    void neitherAChildNorAnAgencyCanBeDeleted() {
        String child = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(
                event(unique("KEYS"), subject("Ines", familyName(), "2013-03-03"), "ARREST", "2025-03-01T12:00:00Z"))).json()
                .get("results").get(0).get("childId").stringValue().substring(2);
        assertThatThrownBy(() -> jdbc.sql("delete from chronology.child where id = cast(:c as uuid)").param("c", child).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("chronology.child keeps its history");
        // an agency nothing names yet, so only the trigger can refuse; added in a transaction rolled
        // back afterwards, so the shared test database keeps no agency of this test's
        UUID agency = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into access.agency (id, code, name, type, area, created_at) values (:id, :code, 'Keys test', 'VOLUNTARY', 'Nowhere', now())")
                    .param("id", agency).param("code", "KEYS-" + agency.toString().substring(0, 8).toUpperCase()).update();
            Object beforeDelete = status.createSavepoint();
            assertThatThrownBy(() -> jdbc.sql("delete from access.agency where id = :id").param("id", agency).update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("access.agency keeps its rows: DELETE refused");
            status.rollbackToSavepoint(beforeDelete);
            assertThat(jdbc.sql("select count(*) from access.agency where id = :id").param("id", agency).query(Long.class).single())
                    .isEqualTo(1);
            status.setRollbackOnly();
        });
    }
}
