package org.safeguardinghub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.risk.internal.NetworkRanking;
import org.safeguardinghub.risk.internal.NetworkSelection;
import org.safeguardinghub.risk.internal.NetworkStore;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The network view's bounds against the real database (issue 17's speed target): a context shared
 * by more children than the view draws names only the first few, says how many more, and audits
 * exactly the children it names; a context whose only children the viewer may not open is neither
 * shown nor counted, even the most linked of the area; the kind chosen is the only kind read; and the
 * page found by ranking contexts in SQL and stopping early is the page of deciding every child.
 */
@HubIntegrationTest
class RiskNetworkIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RiskProperties properties;

    @Autowired
    NetworkStore store;

    @Autowired
    ChildRecords records;

    @Autowired
    Practitioners practitioners;

    UUID context(String name) {
        return jdbc.sql("select id from risk.context where name = ?").params(name).query(UUID.class).single();
    }

    void link(WebSession session, String child, Map<String, String> form) {
        session.get("/children/" + child + "/risk/links/new");
        assertThat(session.post("/children/" + child + "/risk/links", form).status()).isEqualTo(302);
    }

    long listViews(String actor, String child) {
        return jdbc.sql("""
                select count(*) from access.audit_event where actor = ? and action = 'VIEW_LIST' and child_id = ?
                  and detail like 'exploitation risk network%'""")
                .params(actor, RiskFixtures.uuid(child)).query(Long.class).single();
    }

    @Test
    void aPlaceSharedByMoreChildrenThanTheViewDrawsNamesTheFirstFewSaysHowManyMoreAndAuditsOnlyThoseNamed() {
        int cap = properties.networkChildrenPerContext();
        String family = TestEvents.familyName();
        String park = "Crowded test park " + family;
        WebSession police = WebSession.signedIn(port, "police.north");
        List<String> children = new ArrayList<>();
        for (int i = 0; i < cap + 2; i++) {
            String child = RiskFixtures.child(port, "Kid" + (char) ('A' + i), family, 14, 10 + i);
            Network.of(port, child).add("police.north", "CSE officer");
            children.add(child);
            link(police, child, i == 0 ? ContextsIT.newContext("PLACE", park)
                    : Map.of("contextId", context(park).toString(), "from", "PRACTITIONER"));
        }
        String row = tableRow(police, "PLACE", park);
        assertThat(row).contains("And 2 more children you may open");
        String page = police.get("/risk/network?kind=PLACE").body();
        assertThat(page.substring(0, page.indexOf("</head>")).split("<title").length - 1)
                .as("the graph's own title stays in the graph").isEqualTo(1);
        List<String> named = children.stream().filter(c -> row.contains(c.substring(2))).toList();
        assertThat(named).hasSize(cap);
        for (String child : children) {
            assertThat(listViews("police.north", child) > 0).as("audited exactly when named").isEqualTo(named.contains(child));
        }
        assertThat(police.get("/risk/contexts/" + context(park)).body()).as("the context's page lists them all")
                .contains(children.stream().map(c -> c.substring(2)).toList().toArray(String[]::new));
        assertThat(police.get("/risk/network?kind=VEHICLE").body()).as("only the kind chosen").doesNotContain(park);
    }

    @Test
    void aContextWhoseOnlyChildrenTheViewerMayNotOpenIsNeitherShownNorCounted() {
        String family = TestEvents.familyName();
        WebSession gp = WebSession.signedIn(port, "gp.north");
        String before = count(gp.get("/risk/network?kind=PHONE_NUMBER").body());
        String phone = "07700 900" + family.hashCode();
        WebSession police = WebSession.signedIn(port, "police.north");
        String first = RiskFixtures.child(port, "Lena", family, 15, 3);
        String second = RiskFixtures.child(port, "Mia", TestEvents.familyName(), 15, 4);
        Network.of(port, first).add("police.north", "CSE officer");
        Network.of(port, second).add("police.north", "CSE officer");
        link(police, first, ContextsIT.newContext("PHONE_NUMBER", phone));
        link(police, second, Map.of("contextId", context(phone).toString(), "from", "PRACTITIONER"));
        assertThat(tableRow(police, "PHONE_NUMBER", phone)).contains("Lena " + family);

        String after = gp.get("/risk/network?kind=PHONE_NUMBER").body();
        assertThat(count(after)).as("the count of contexts the GP sees is unchanged").isEqualTo(before);
        assertThat(tableRow(gp, "PHONE_NUMBER", phone)).isEmpty();
        assertThat(listViews("gp.north", first) + listViews("gp.north", second)).isZero();
    }

    @Test
    void theMostLinkedContextWhoseOnlyChildrenTheViewerMayNotOpenIsNotShownAndEachPageIsThatOfDecidingEveryChild() {
        String family = TestEvents.familyName();
        String crowded = "Crowded chat group " + family;
        String quiet = "Quiet forum " + family;
        WebSession police = WebSession.signedIn(port, "police.north");
        List<String> forbidden = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String child = RiskFixtures.child(port, "Fay" + (char) ('A' + i), family, 15, 20 + i);
            Network.of(port, child).add("police.north", "CSE officer");
            forbidden.add(child);
            link(police, child, i == 0 ? ContextsIT.newContext("ONLINE_SPACE", crowded)
                    : Map.of("contextId", context(crowded).toString(), "from", "PRACTITIONER"));
        }
        String mine = RiskFixtures.child(port, "Gus", TestEvents.familyName(), 15, 30);
        Network.of(port, mine).add("police.north", "CSE officer").add("gp.north", "GP");
        link(police, mine, ContextsIT.newContext("ONLINE_SPACE", quiet));
        assertThat(store.linkedChildren("North", ContextKind.ONLINE_SPACE)).as("the most linked of its kind in the area")
                .allMatch(c -> c.contextId().equals(context(crowded)) || c.children() < forbidden.size());
        assertThat(tableRow(police, "ONLINE_SPACE", crowded)).as("shown to those who may open its children").contains("FayA");

        WebSession gp = WebSession.signedIn(port, "gp.north");
        String page = gp.get("/risk/network?kind=ONLINE_SPACE").body();
        assertThat(page).doesNotContain(crowded).doesNotContain(context(crowded).toString()).contains(quiet);
        assertThat(tableRow(gp, "ONLINE_SPACE", quiet)).contains("Gus");
        assertThat(forbidden.stream().mapToLong(c -> listViews("gp.north", c)).sum()).isZero();
        assertThat(listViews("gp.north", mine)).isPositive();
        for (String viewer : List.of("gp.north", "police.north", "tm.north")) {
            sameAsDecidingEveryChild(viewer);
        }
    }

    /** Against the real store and access decisions, with pages small enough that the ranking stops early. */
    void sameAsDecidingEveryChild(String username) {
        Actor viewer = practitioners.byUsername(username).map(p -> (Actor) new Actor.Person(p.id(), p.username(),
                p.displayName(), p.agency(), p.roles())).orElseThrow();
        List<NetworkStore.Linked> linked = store.linkedChildren("North", null);
        List<NetworkStore.LinkRow> rows = store.currentLinks(linked.stream().map(NetworkStore.Linked::contextId).toList());
        for (NetworkStore.Linked context : linked) {
            assertThat(rows.stream().filter(r -> r.contextId().equals(context.contextId())).map(NetworkStore.LinkRow::child)
                    .distinct().count()).as("children linked, counted in SQL").isEqualTo(context.children());
        }
        var decisions = records.decide(viewer, rows.stream().map(NetworkStore.LinkRow::child).distinct().toList());
        for (int size = 1; size <= 3; size++) {
            for (int page = 0; page <= 2; page++) {
                var ranked = NetworkRanking.select(linked, store::currentLinks, children -> records.decide(viewer, children),
                        viewer, page, size, 6);
                assertThat(ranked.selection()).as(username + ", page " + page + " of " + size)
                        .isEqualTo(NetworkSelection.select(rows, decisions, viewer, page, size, 6));
            }
        }
    }

    /** The table's row of the context named so (not the graph above it), looking through the view's pages. */
    static String tableRow(WebSession session, String kind, String name) {
        for (int page = 0; page < 20; page++) {
            String body = session.get("/risk/network?kind=" + kind + "&page=" + page).body();
            int table = body.indexOf("id=\"network-table\"");
            for (String row : table < 0 ? new String[0] : body.substring(table).split("<tr ")) {
                if (row.contains(name)) {
                    return row;
                }
            }
        }
        return "";
    }

    /** The sentence saying how many contexts the viewer sees. */
    static String count(String page) {
        int at = page.indexOf("id=\"network-count\"");
        return page.substring(at, page.indexOf("</p>", at));
    }
}
