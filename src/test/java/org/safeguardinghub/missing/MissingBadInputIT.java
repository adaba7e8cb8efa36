package org.safeguardinghub.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16, done-when: bad input "gets a clear error and stores nothing partial", for what MissingIT's
 * form test leaves out: an episode sent through the feed ending before it starts (rejected with the
 * field named, no report and no chronology entry) and an episode posted on the form for a child that
 * does not exist (not found, nothing stored).
 */
@HubIntegrationTest
class MissingBadInputIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEpisodeFromTheFeedEndingBeforeItStartsIsRejectedAndNothingIsStored() {
        String family = familyName();
        ObjectNode backwards = event(unique("BAD"), subject("Harley", family, "2011-11-11"), "MISSING_EPISODE",
                "2025-05-05T20:00:00Z").put("endedAt", "2025-05-05T18:00:00Z");
        backwards.putObject("details").put("from", "HOME");
        Api.Response response = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(backwards));
        assertThat(response.body()).contains("REJECTED").contains("endedAt").contains("must not be before occurredAt");
        assertThat(jdbc.sql("select count(*) from missing.report where source_event_id = :e")
                .param("e", backwards.get("eventId").stringValue()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from chronology.child where family_name = :f").param("f", family)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEpisodeForAChildThatDoesNotExistIsNotFoundAndNothingIsStored() {
        WebSession carer = WebSession.signedIn(port, "carer.south");
        carer.get("/");
        Instant started = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        WebSession.Page page = carer.post("/children/c-00000000-0000-0000-0000-000000000000/missing/episodes",
                MissingIT.episodeForm(started));
        assertThat(page.status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from missing.report where child_id = '00000000-0000-0000-0000-000000000000'")
                .query(Long.class).single()).isZero();
    }
}
