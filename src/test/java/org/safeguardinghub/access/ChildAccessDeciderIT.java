package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deciding many children at once ({@link ChildAccess#decider}, used by lists and the risk network
 * view) decides exactly as deciding one at a time, for every demo account and the demo children.
 */
@HubIntegrationTest
class ChildAccessDeciderIT {

    @Autowired
    ChildAccess access;

    @Autowired
    ChildRecords records;

    @Autowired
    Practitioners practitioners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void decidingManyAtOnceDecidesAsDecidingEachAlone() {
        List<ChildId> children = jdbc.sql("select child_id from demo.loaded_story").query(UUID.class).list().stream()
                .map(ChildId::new).toList();
        assertThat(children).isNotEmpty();
        Map<ChildId, ChildRelations> relations = new java.util.HashMap<>();
        children.forEach(c -> records.relations(c).ifPresent(r -> relations.put(c, r)));
        int granted = 0;
        for (Practitioner p : practitioners.all()) {
            Actor actor = new Actor.Person(p.id(), p.username(), p.displayName(), p.agency(), p.roles());
            var decide = access.decider(actor);
            for (ChildRelations r : relations.values()) {
                AccessDecision alone = access.decide(actor, r);
                assertThat(decide.apply(r)).as(p.username()).isEqualTo(alone);
                granted += alone.granted() ? 1 : 0;
            }
            assertThat(records.decide(actor, children).keySet()).as(p.username())
                    .isEqualTo(records.mayOpen(actor, children));
        }
        assertThat(granted).as("some are granted, so the comparison means something").isPositive();
    }
}
