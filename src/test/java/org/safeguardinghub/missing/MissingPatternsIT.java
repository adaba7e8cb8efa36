package org.safeguardinghub.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16, "a patterns table across children in an area for managers", on the real database: the
 * table counts and names only children the manager may open (a South child found at the same place
 * with the same man changes no figure a North manager sees), each child named is audited as a list
 * view, and the page is for managers only.
 */
@HubIntegrationTest
class MissingPatternsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /**
     * Episodes of one child: the first 500 hours long, then five-hour ones ten days apart; the first
     * {@code atPlace} of them found at the place with the man.
     */
    String episodes(String agency, ObjectNode subject, int count, int atPlace, String place, String man) {
        List<JsonNode> events = new ArrayList<>();
        Instant first = Instant.parse("2024-01-05T18:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant start = first.plus(Duration.ofDays(i == 0 ? 0 : 25 + 10L * i));
            ObjectNode episode = event(unique("PAT"), subject, "MISSING_EPISODE", start.toString())
                    .put("endedAt", start.plus(Duration.ofHours(i == 0 ? 500 : 5)).toString());
            ObjectNode details = episode.putObject("details").put("from", "CARE").put("reportedToPolice", true);
            if (i < atPlace) {
                details.put("foundAt", i % 2 == 0 ? place : "  " + place.toUpperCase() + " ").put("foundWith", man);
            }
            events.add(episode);
        }
        Api.Response response = new Api(port).as(agency).post("/api/v1/events", batch(events.toArray(JsonNode[]::new)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("REJECTED");
        return response.json().get("results").get(0).get("childId").stringValue();
    }

    @Test
    void theTableCountsAndNamesOnlyChildrenTheManagerMayOpenAndAuditsThem() {
        String family = familyName();
        String place = "Patterns park " + family;
        String man = "Patterns man " + family;
        String north = episodes("POLICE-NORTH", subject("Ashton", family, "2010-01-01"), 15, 2, place, man);
        String second = episodes("POLICE-NORTH", subject("Briony", family, "2011-01-01"), 1, 1, place, man);
        // known only to the South: far more episodes than anyone, at the same place with the same man
        String south = episodes("POLICE-SOUTH", subject("Cosima", family, "2012-01-01"), 40, 6, place, man);

        WebSession manager = WebSession.signedIn(port, "tm.north");
        assertThat(manager.get("/oversight").body()).contains("href=\"/missing/patterns\"");
        WebSession.Page page = manager.get("/missing/patterns");
        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Ashton " + family).contains("Briony " + family).doesNotContain("Cosima")
                .doesNotContain(south.substring(2));
        // three episodes of two children at the place (the South child's six are not counted), spelt either way
        assertThat(row(body, place)).containsExactly("3", "2");
        assertThat(row(body, man)).containsExactly("3", "2");
        // the 500-hour episode is among the longest, and the child with fifteen episodes among the most
        assertThat(body.substring(body.indexOf("id=\"longest-episodes\""))).contains("20 days, 20 hours 0 minutes");
        assertThat(body.substring(body.indexOf("id=\"most-episodes\""), body.indexOf("id=\"longest-episodes\"")))
                .contains("Ashton " + family);
        assertThat(audited(north)).isPositive();
        assertThat(audited(second)).isPositive();
        assertThat(audited(south)).isZero();
    }

    @Test
    void theSouthsManagerSeesTheSouthChildAndNotTheNorths() {
        String family = familyName();
        String place = "Patterns yard " + family;
        episodes("POLICE-NORTH", subject("Delphine", family, "2010-02-02"), 2, 2, place, "Nobody " + family);
        episodes("POLICE-SOUTH", subject("Ezra", family, "2010-03-03"), 3, 3, place, "Nobody " + family);
        String body = WebSession.signedIn(port, "tm.south").get("/missing/patterns").body();
        assertThat(row(body, place)).containsExactly("3", "1");
        assertThat(body).doesNotContain("Delphine");
    }

    /**
     * "Associates seen with more than one missing child" counts people, not the text typed: one child
     * found with "Jay and Kaz", another with "kaz", is Kaz shared by two; a third found with Kaz in a
     * police-intelligence report is as restricted as a place would be, so a children's social care
     * manager's count stays at two; Jay, with one child, is no associate.
     */
    @Test
    void peopleFoundWithAreCountedAsPeopleNotAsTheTextTyped() {
        String family = familyName();
        String jay = "Jay " + family;
        String kaz = "Kaz " + family;
        episodes("POLICE-NORTH", subject("Farah", family, "2010-04-04"), 1, 1, "Lane " + family, jay + " and " + kaz);
        episodes("POLICE-NORTH", subject("Gideon", family, "2010-05-05"), 1, 1, "Road " + family, kaz.toLowerCase());
        ObjectNode hidden = event(unique("PAT"), subject("Hester", family, "2010-06-06"), "MISSING_EPISODE",
                "2024-02-05T18:00:00Z").put("endedAt", "2024-02-05T22:00:00Z").put("sensitivity", "POLICE_INTELLIGENCE");
        hidden.putObject("details").put("from", "CARE").put("reportedToPolice", true).put("foundWith", kaz + " & " + jay);
        assertThat(new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(hidden)).body()).doesNotContain("REJECTED");

        String body = WebSession.signedIn(port, "tm.north").get("/missing/patterns").body();
        String associates = body.substring(body.indexOf("id=\"associates\""));
        assertThat(row(associates, kaz)).containsExactly("2", "2");
        assertThat(associates).doesNotContain(jay).doesNotContain("Hester");
    }

    @Test
    void practitionersWhoAreNotManagersAreRefused() {
        WebSession.Page page = WebSession.signedIn(port, "sw.north").get("/missing/patterns");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot do this");
        assertThat(WebSession.signedIn(port, "sw.north").get("/oversight").body()).doesNotContain("/missing/patterns");
    }

    /** The episodes and children figures of the table row that begins with this label. */
    static List<String> row(String body, String label) {
        var match = Pattern.compile(Pattern.quote(label) + "</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>",
                Pattern.CASE_INSENSITIVE).matcher(body);
        assertThat(match.find()).as("a row for " + label + " in " + body).isTrue();
        return List.of(match.group(1), match.group(2));
    }

    long audited(String child) {
        return jdbc.sql("""
                select count(*) from access.audit_event where actor = 'tm.north' and action = 'VIEW_LIST' and child_id = ?""")
                .params(UUID.fromString(child.substring(2))).query(Long.class).single();
    }
}
