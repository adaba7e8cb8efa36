package org.safeguardinghub.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * A batch publishes {@link EventsRecorded} once, whatever linking did with it: the alert rules of
 * each child run once per batch, even when the matcher links a new record to a known child.
 */
@HubIntegrationTest
@RecordApplicationEvents
class FeedPublicationIT {

    @Autowired
    EventFeed feed;

    @Autowired
    Agencies agencies;

    @Autowired
    ApplicationEvents published;

    List<EventFeed.Result> send(String agency, JsonNode... events) {
        return feed.receive(new Actor.PartnerSystem(agency.toLowerCase(), agencies.byCode(agency).orElseThrow()),
                List.of(events));
    }

    @Test
    void aBatchTheMatcherLinksPublishesOnceNamingTheKnownChild() {
        String family = familyName();
        var home = subject("Oliver", family, "2013-04-02").put("postcode", "LS6 2QT").put("address", "14 Hawthorn Mount");
        ChildId oliver = send("GP-NORTH", event(unique("G"), home, "HEALTH_CONTACT", "2026-01-05")).getFirst().childId();
        long before = published.stream(EventsRecorded.class).count();

        var olly = subject("Olly", family, "2013-04-02").put("postcode", "LS6 2QT").put("address", "14 Hawthorn Mount");
        List<EventFeed.Result> results = send("POLICE-NORTH", event(unique("P"), olly, "POLICE_INCIDENT", "2026-02-10"),
                event(unique("P"), olly, "ARREST", "2026-02-11"));

        assertThat(results).extracting(EventFeed.Result::match).containsOnly(Match.LINKED);
        assertThat(results).extracting(EventFeed.Result::childId).containsOnly(oliver);
        List<EventsRecorded> batch = published.stream(EventsRecorded.class).skip(before).toList();
        assertThat(batch).hasSize(1);
        assertThat(batch.getFirst().events()).hasSize(2).allSatisfy(e -> assertThat(e.child()).isEqualTo(oliver));
    }

    @Test
    void aBatchOfManyChildrenPublishesOnce() {
        long before = published.stream(EventsRecorded.class).count();
        send("POLICE-NORTH", event(unique("P"), subject("Ava", familyName(), "2012-01-01"), "NOTE", "2026-01-01"),
                event(unique("P"), subject("Bo", familyName(), "2011-02-02"), "NOTE", "2026-01-02"),
                event(unique("P"), subject("Cy", familyName(), "2010-03-03"), "NOTE", "2026-01-03"));

        assertThat(published.stream(EventsRecorded.class).skip(before)).singleElement()
                .satisfies(e -> assertThat(e.events()).hasSize(3));
    }
}
