package org.safeguardinghub.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, item 8, on the demo data as loaded at start: Tyler's episodes lengthen (the chart's trend
 * says so), and Ellie-Mae, placed by the North in a South children's home, has a trigger plan and an
 * episode reported by both the home and the host-area police, merged into one.
 */
@HubIntegrationTest
class MissingDemoIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChildId demoChild(String story) {
        return new ChildId(jdbc.sql("select child_id from demo.loaded_story where story = :s").param("s", story)
                .query(UUID.class).single());
    }

    @Test
    void tylersChartShowsHisEpisodesLengthening() {
        String tab = WebSession.signedIn(port, "sw.north").get("/children/" + demoChild("02-tyler.json") + "?tab=missing").body();
        assertThat(tab).contains("<svg").contains("data-trend=\"LENGTHENING\"");
    }

    @Test
    void ellieMaeHasATriggerPlanAndAnEpisodeReportedByTheHomeAndTheHostPolice() {
        ChildId child = demoChild("03-ellie-mae.json");
        String tab = WebSession.signedIn(port, "sw.north").get("/children/" + child + "?tab=missing").body();
        assertThat(tab).contains("id=\"trigger-plan\"").contains("Missing over 24 hours").doesNotContain("No trigger plan yet.");
        Api.Response response = new Api(port).as("CSC-NORTH").get("/api/v1/children/" + child + "/missing-episodes");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        boolean both = false;
        for (JsonNode episode : response.json().get("episodes")) {
            java.util.Set<String> agencies = new java.util.HashSet<>();
            episode.get("sources").forEach(s -> agencies.add(s.get("agency").stringValue()));
            both |= agencies.containsAll(java.util.Set.of("HOME-SOUTH", "POLICE-SOUTH"));
        }
        assertThat(both).as(response.body()).isTrue();
    }
}
