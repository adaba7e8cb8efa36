package org.safeguardinghub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contexts against the real database: a person of concern and a place recorded once and linked to
 * two children; SHARED_PERSON_OF_CONCERN for both; the network view and the context's page showing
 * a practitioner only the children they may open and the police intelligence only to the police;
 * the work on a context and its actions.
 */
@HubIntegrationTest
class ContextsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String alertStatus(String child, String code) {
        return jdbc.sql("select status from oversight.alert where child_id = ? and code = ? order by raised_at desc limit 1")
                .params(RiskFixtures.uuid(child), code).query(String.class).optional().orElse("NONE");
    }

    UUID context(String name) {
        return jdbc.sql("select id from risk.context where name = ?").params(name).query(UUID.class).single();
    }

    static Map<String, String> newContext(String kind, String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("contextId", "NEW");
        form.put("kind", kind);
        form.put("name", name);
        form.put("sensitivity", "STANDARD");
        form.put("from", "PRACTITIONER");
        form.put("note", "Seen there twice.");
        return form;
    }

    @Test
    void twoChildrenSharingAPersonOfConcernAndAHotelAreShownTogetherToThoseWhoMayOpenThem() {
        String family = TestEvents.familyName();
        String first = RiskFixtures.child(port, "Amber", family, 14, 10);
        String second = RiskFixtures.child(port, "Bella", TestEvents.familyName(), 15, 20);
        Network.of(port, first).add("police.north", "CSE officer").allocate("sw.north");
        Network.of(port, second).add("police.north", "CSE officer");
        String person = "Male aged 27 known as Shane " + family;
        String hotel = "Harbourside test hotel " + family;
        WebSession police = WebSession.signedIn(port, "police.north");
        police.get("/children/" + first + "/risk/links/new");
        assertThat(police.post("/children/" + first + "/risk/links", newContext("PERSON_OF_CONCERN", person)).status()).isEqualTo(302);
        assertThat(police.post("/children/" + first + "/risk/links", newContext("PLACE", hotel)).status()).isEqualTo(302);
        assertThat(alertStatus(first, "SHARED_PERSON_OF_CONCERN")).isEqualTo("NONE");
        assertThat(jdbc.sql("select sensitivity from risk.context where name = ?").params(person).query(String.class).single())
                .isEqualTo("POLICE_INTELLIGENCE");

        police.get("/children/" + second + "/risk/links/new");
        for (String name : new String[] {person, hotel}) {
            Map<String, String> existing = new LinkedHashMap<>(Map.of("contextId", context(name).toString(), "from", "PRACTITIONER"));
            assertThat(police.post("/children/" + second + "/risk/links", existing).status()).isEqualTo(302);
        }
        assertThat(alertStatus(second, "SHARED_PERSON_OF_CONCERN")).isEqualTo("OPEN");
        assertThat(alertStatus(first, "SHARED_PERSON_OF_CONCERN")).isEqualTo("OPEN");
        assertThat(police.post("/children/" + second + "/risk/links", Map.of("contextId", context(hotel).toString(),
                "from", "PRACTITIONER")).body()).contains("The child is linked to it already");

        String policeView = police.get("/risk/network?kind=PERSON_OF_CONCERN").body();
        assertThat(policeView).contains(person).contains("Amber " + family).contains("Bella ");

        WebSession social = WebSession.signedIn(port, "sw.north");
        String socialContext = social.get("/risk/contexts/" + context(person)).body();
        assertThat(socialContext).doesNotContain(person).contains("A person of concern (restricted)")
                .contains("Amber " + family).doesNotContain("Bella ")
                .contains("One other child whose record you may not open is linked.");
        String socialRisk = social.get("/children/" + first + "?tab=risk").body();
        assertThat(socialRisk).doesNotContain(person).contains(hotel).contains("Linked to one other child now");
        String socialView = social.get("/risk/network?kind=PERSON_OF_CONCERN").body();
        assertThat(socialView).doesNotContain(person).doesNotContain("Shane");
        assertThat(jdbc.sql("""
                select count(*) from access.audit_event where actor = 'sw.north' and action = 'VIEW_LIST' and child_id = ?""")
                .params(RiskFixtures.uuid(second)).query(Long.class).single()).isZero();
        WebSession gp = WebSession.signedIn(port, "gp.north");
        assertThat(gp.get("/risk/contexts/" + context(person)).status()).isEqualTo(404);
        assertThat(gp.get("/risk/contexts/" + context(hotel)).status()).isEqualTo(404);
        assertThat(gp.get("/risk/network?kind=PLACE").body()).as("no relationship with either child")
                .doesNotContain(hotel).doesNotContain("Amber " + family);
    }

    @Test
    void theDemoChildrenSharingTheHotelAndDeeAreTogetherInTheNetworkViewAndTheSecondRaisesTheSharedAlert() {
        String zoe = demoChild("01-zoe.json");
        String amara = demoChild("17-amara.json");
        assertThat(alertStatus(amara, "SHARED_PERSON_OF_CONCERN")).isEqualTo("OPEN");
        WebSession police = WebSession.signedIn(port, "police.north");
        for (String kind : new String[] {"PLACE", "PERSON_OF_CONCERN"}) {
            String row = networkRow(police, kind, kind.equals("PLACE") ? "Ringway Lodge hotel" : "&#39;Dee&#39;");
            assertThat(row).as(kind).contains("Zoë Marchbank").contains("Amara Fenwick");
        }
        assertThat(police.get("/children/" + amara + "?tab=risk").body()).contains("Level in force: High")
                .contains("Ringway Lodge hotel");
        assertThat(zoe).isNotEqualTo(amara);
    }

    String demoChild(String story) {
        return "c-" + jdbc.sql("select child_id from demo.loaded_story where story = ?").params(story).query(UUID.class).single();
    }

    /** The network view's table row of the context named so, looking through its pages. */
    static String networkRow(WebSession session, String kind, String name) {
        for (int page = 0; page < 20; page++) {
            String body = session.get("/risk/network?kind=" + kind + "&page=" + page).body();
            for (String row : body.split("<tr ")) {
                if (row.contains(name)) {
                    return row;
                }
            }
        }
        return "";
    }

    @Test
    void endingALinkWithdrawsTheSharedAlertAndKeepsTheHistory() {
        String first = RiskFixtures.child(port, "Cara", TestEvents.familyName(), 14, 10);
        String second = RiskFixtures.child(port, "Dana", TestEvents.familyName(), 14, 40);
        Network.of(port, first).add("police.north", "CSE officer");
        Network.of(port, second).add("police.north", "CSE officer");
        String van = "White van " + UUID.randomUUID();
        WebSession police = WebSession.signedIn(port, "police.north");
        police.get("/children/" + first + "/risk/links/new");
        police.post("/children/" + first + "/risk/links", newContext("VEHICLE", van));
        police.post("/children/" + second + "/risk/links", Map.of("contextId", context(van).toString(), "from", "PRACTITIONER"));
        assertThat(alertStatus(first, "SHARED_PERSON_OF_CONCERN")).isEqualTo("OPEN");
        UUID link = jdbc.sql("select id from risk.context_link where child_id = ? and context_id = ?")
                .params(RiskFixtures.uuid(second), context(van)).query(UUID.class).single();
        assertThat(police.post("/children/" + second + "/risk/links/" + link + "/end", Map.of("reason", "Not the same van"))
                .status()).isEqualTo(302);
        assertThat(alertStatus(first, "SHARED_PERSON_OF_CONCERN")).isEqualTo("WITHDRAWN");
        assertThat(alertStatus(second, "SHARED_PERSON_OF_CONCERN")).isEqualTo("WITHDRAWN");
        assertThat(police.get("/children/" + second + "?tab=risk").body()).contains("Links that have ended")
                .contains("Not the same van");
    }

    @Test
    void aContextIsReferredAssessedAndMetAboutWithActionsOwnedAndSignedOff() {
        String child = RiskFixtures.child(port, "Esme", TestEvents.familyName(), 15, 5);
        Network.of(port, child).add("police.north", "CSE officer");
        String park = "Skate park " + UUID.randomUUID();
        WebSession police = WebSession.signedIn(port, "police.north");
        police.get("/children/" + child + "/risk/links/new");
        police.post("/children/" + child + "/risk/links", newContext("PLACE", park));
        UUID id = context(park);
        assertThat(police.post("/risk/contexts/" + id + "/steps", Map.of("step", "REFERRED", "note", "Three children seen there."))
                .status()).isEqualTo(302);
        assertThat(police.post("/risk/contexts/" + id + "/steps", Map.of("step", "ASSESSED", "note", "x")).status())
                .as("a practitioner does not assess").isEqualTo(200);
        WebSession manager = WebSession.signedIn(port, "tm.north");
        manager.get("/risk/contexts/" + id);
        assertThat(manager.post("/risk/contexts/" + id + "/steps", Map.of("step", "MEETING_HELD", "note", "Too soon")).body())
                .contains("That step cannot follow where the work stands");
        manager.post("/risk/contexts/" + id + "/steps", Map.of("step", "ASSESSED", "note", "Place of concern after dark."));
        manager.post("/risk/contexts/" + id + "/steps", Map.of("step", "MEETING_HELD", "note", "Lighting and patrols agreed.",
                "agencies", "POLICE-NORTH"));
        assertThat(manager.post("/risk/contexts/" + id + "/actions", Map.of("what", "", "owner", "", "arisingFrom",
                "CONTEXT_MEETING")).body()).contains("Say what is to be done").contains("Say who will do it")
                .contains("Give a date from today on");
        java.time.LocalDate due = java.time.LocalDate.now().plusDays(14);
        assertThat(manager.post("/risk/contexts/" + id + "/actions", Map.of("what", "Ask the council for lighting",
                "owner", "Helen Brightwell", "dueOnDay", "" + due.getDayOfMonth(), "dueOnMonth", "" + due.getMonthValue(),
                "dueOnYear", "" + due.getYear(), "arisingFrom", "CONTEXT_MEETING")).status()).isEqualTo(302);
        UUID action = jdbc.sql("select id from risk.context_action where context_id = ?").params(id).query(UUID.class).single();
        assertThat(manager.post("/risk/contexts/" + id + "/actions/" + action + "/done", Map.of("note", "Lights fitted")).status())
                .isEqualTo(302);
        String page = manager.get("/risk/contexts/" + id).body();
        assertThat(page).contains("Context meeting held").contains("Ask the council for lighting")
                .contains("Done by tm.north").contains("Lights fitted");
    }
}
