package org.safeguardinghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildMerges;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Unmerging after a merge restores both records exactly: their events (every version), the agencies
 * involved, and their open alerts with the same evidence. Checked over randomly made pairs of
 * records (seeded, so a failure can be replayed) against the real database.
 */
@HubIntegrationTest
class MergeRestoresIT {

    static final String[] AGENCIES = {"ED-NORTH", "ED-SOUTH", "POLICE-NORTH", "SCHOOL-NORTH", "GP-NORTH"};
    static final String[] TYPES = {"ED_ATTENDANCE", "MISSING_EPISODE", "CONTACT", "POLICE_INCIDENT", "SCHOOL_ABSENCE"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChildMerges merges;

    @Autowired
    Practitioners practitioners;

    record State(List<String> events, List<String> involvement, List<String> openAlerts) {
    }

    State state(ChildId child) {
        return new State(
                jdbc.sql("select event_id || ':' || version from chronology.event where child_id = :c order by 1")
                        .param("c", child.value()).query(String.class).list(),
                jdbc.sql("""
                        select distinct agency_id::text from chronology.network_member where child_id = :c
                        and practitioner_id is null and ended_on is null order by 1""")
                        .param("c", child.value()).query(String.class).list(),
                jdbc.sql("""
                        select code || ':' || status || ':' || array_to_string(array(select unnest(evidence) order by 1), ',')
                        from oversight.alert where child_id = :c and status in ('OPEN', 'ACKNOWLEDGED') order by 1""")
                        .param("c", child.value()).query(String.class).list());
    }

    ChildId randomChild(Random random) {
        String family = familyName();
        LocalDate born = LocalDate.of(2008 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
        ChildId child = null;
        int events = 1 + random.nextInt(6);
        for (int i = 0; i < events; i++) {
            String agency = AGENCIES[random.nextInt(AGENCIES.length)];
            JsonNode sent = new Api(port).as(agency).post("/api/v1/events", batch(event(unique("M"),
                    subject("Morgan", family, born.toString()), TYPES[random.nextInt(TYPES.length)],
                    LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)).toString()))).json();
            child = ChildId.parse(sent.get("results").get(0).get("childId").stringValue()).orElseThrow();
        }
        return child;
    }

    @Test
    void unmergeAfterMergeRestoresBothRecords() {
        Practitioner p = practitioners.byUsername("mash.north").orElseThrow();
        Actor.Person mash = new Actor.Person(p.id(), p.username(), p.displayName(), p.agency(),
                p.roles());
        Random random = new Random(20261122);
        List<String> tried = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            ChildId into = randomChild(random);
            ChildId from = randomChild(random);
            State intoBefore = state(into);
            State fromBefore = state(from);
            ChildMerges.Merge merge = merges.merge(mash, into, from, "round " + round);
            assertThat(state(from).events()).isEmpty();
            assertThat(state(into).events()).containsAll(intoBefore.events()).containsAll(fromBefore.events());
            merges.unmerge(mash, merge.id(), "round " + round + " undone");
            assertThat(state(into)).as("merged-into record, round %d", round).isEqualTo(intoBefore);
            assertThat(state(from)).as("merged record, round %d", round).isEqualTo(fromBefore);
            tried.add(into + "<-" + from);
        }
        assertThat(tried).hasSize(5);
    }
}
