package org.safeguardinghub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Screening against the real database: the form pre-filled from the chronology as each screener may
 * read it, the tool's suggestion, professional judgement raising the level and HIGH_RISK_EXPLOITATION
 * with the senior managers told, a lowering waiting for a manager, and bad input refused.
 */
@HubIntegrationTest
class ScreeningIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single();
    }

    String alertStatus(String child, String code) {
        return jdbc.sql("select status from oversight.alert where child_id = ? and code = ? order by raised_at desc limit 1")
                .params(RiskFixtures.uuid(child), code).query(String.class).optional().orElse("NONE");
    }

    long notifications(String username, String child, String subjectLike) {
        return count("""
                select count(*) from notifications.notification n join access.practitioner p on p.id = n.practitioner_id
                where p.username = ? and n.child_id = ? and n.subject like ?""", username, RiskFixtures.uuid(child), subjectLike);
    }

    @Test
    void theFormIsPrefilledFromWhatEachScreenerMayReadAndLinksItsEvidence() {
        String child = RiskFixtures.child(port, "Maisie", TestEvents.familyName(), 12, 100, RiskFixtures.intelligence(20));
        Network.of(port, child).add("police.north", "CSE officer").allocate("sw.north");
        String police = WebSession.signedIn(port, "police.north").get("/children/" + child + "/risk/screenings/new").body();
        assertThat(police).contains("id=\"evidence-missing-episodes\"").contains("id=\"evidence-exploitation-information\"")
                .contains("Age today: 12").doesNotContain("Restricted information from");
        String social = WebSession.signedIn(port, "sw.north").get("/children/" + child + "/risk/screenings/new").body();
        assertThat(social).contains("id=\"evidence-missing-episodes\"").doesNotContain("id=\"evidence-exploitation-information\"")
                .contains("Restricted information from Northshire Police (1 entry, the latest");
        assertThat(social).contains("/children/" + child + "/entries/");
    }

    @Test
    void judgementAboveTheToolRaisesHighRiskAndTellsTheSeniorManagers() {
        String child = RiskFixtures.child(port, "Poppy", TestEvents.familyName(), 12, 100);
        Network.of(port, child).add("police.north", "CSE officer").allocate("sw.north").add("dsl.north", "School lead");
        WebSession police = WebSession.signedIn(port, "police.north");
        police.get("/children/" + child + "/risk/screenings/new");
        WebSession.Page checked = police.post("/children/" + child + "/risk/screenings",
                RiskFixtures.screening(Map.of("missing-episodes", "NOW"), "CHECK", null, ""));
        assertThat(checked.body()).contains("The tool suggests Medium (score 3).")
                .contains("A child under 13 with any exploitation indicator is never rated below Medium.")
                .doesNotContain("checked=\"checked\" aria-describedby=\"judged-");
        WebSession.Page saved = police.post("/children/" + child + "/risk/screenings", RiskFixtures.screening(
                Map.of("missing-episodes", "NOW"), "SAVE", "HIGH", "Twelve, found with adult males at 3am."));
        assertThat(saved.status()).isEqualTo(302);
        String page = police.follow(saved).body();
        assertThat(page).contains("id=\"judgement\"><strong>High</strong>").contains("Medium (Version");
        assertThat(alertStatus(child, "HIGH_RISK_EXPLOITATION")).isEqualTo("OPEN");
        assertThat(WebSession.signedIn(port, "gp.north").get(java.net.URI.create(saved.location()).getRawPath()).status()).as("no relationship").isEqualTo(404);
        assertThat(notifications("sm.north", child, "%")).isPositive();
        assertThat(notifications("dsl.north", child, "%")).isPositive();
        assertThat(count("select count(*) from chronology.event where child_id = ? and summary like ?", RiskFixtures.uuid(child),
                "Exploitation risk screening by Jordan Ellery%professional judgement High; the tool (version %) suggested Medium.")).isEqualTo(1);
        assertThat(WebSession.signedIn(port, "sw.north").get("/children/" + child + "?tab=risk").body())
                .contains("Level in force: High").contains("by the professional judgement of Jordan Ellery");
    }

    @Test
    void aSocialWorkersLoweringWaitsForAManagerAndTakesEffectWhenAgreed() {
        String child = RiskFixtures.child(port, "Lily", TestEvents.familyName(), 14, 3);
        Network.of(port, child).add("police.north", "CSE officer").allocate("sw.north");
        assertThat(RiskFixtures.screen(WebSession.signedIn(port, "police.north"), child,
                Map.of("missing-episodes", "NOW", "adult-places", "NOW"), "HIGH", "Hotel visits.").status()).isEqualTo(302);
        assertThat(alertStatus(child, "HIGH_RISK_EXPLOITATION")).isEqualTo("OPEN");
        WebSession social = WebSession.signedIn(port, "sw.north");
        WebSession.Page lowered = RiskFixtures.screen(social, child, Map.of("missing-episodes", "NOW", "adult-places", "NOW"),
                "LOW", "Settled at home since the move.");
        assertThat(lowered.status()).isEqualTo(302);
        String page = social.follow(lowered).body();
        assertThat(page).contains("Awaiting agreement").contains("id=\"in-force\">High")
                .contains("The judgement (Low) is lower than the tool suggests (Medium).")
                .contains("You cannot answer this lowering");
        assertThat(alertStatus(child, "HIGH_RISK_EXPLOITATION")).isEqualTo("OPEN");
        assertThat(notifications("tm.north", child, "A screening waits for your agreement")).isEqualTo(1);
        String screening = lowered.location().substring(lowered.location().lastIndexOf('/') + 1);
        WebSession manager = WebSession.signedIn(port, "tm.north");
        manager.get("/children/" + child + "/risk/screenings/" + screening);
        assertThat(manager.post("/children/" + child + "/risk/screenings/" + screening + "/agreement",
                Map.of("answer", "AGREE", "note", "")).body()).contains("Say why, in up to 1,000 characters");
        assertThat(manager.post("/children/" + child + "/risk/screenings/" + screening + "/agreement",
                Map.of("answer", "AGREE", "note", "Agreed at supervision.")).status()).isEqualTo(302);
        assertThat(social.get("/children/" + child + "?tab=risk").body()).contains("Level in force: Low");
        assertThat(alertStatus(child, "HIGH_RISK_EXPLOITATION")).isEqualTo("WITHDRAWN");
        assertThat(notifications("sw.north", child, "A manager has answered your screening")).isEqualTo(1);
    }

    @Test
    void badInputIsExplainedAndNothingIsStored() {
        String child = RiskFixtures.child(port, "Rosie", TestEvents.familyName(), 15, 0);
        Network.of(port, child).add("police.north", "CSE officer");
        WebSession police = WebSession.signedIn(port, "police.north");
        police.get("/children/" + child + "/risk/screenings/new");
        long before = count("select count(*) from risk.screening where child_id = ?", RiskFixtures.uuid(child));
        WebSession.Page incomplete = police.post("/children/" + child + "/risk/screenings",
                RiskFixtures.screening(Map.of("missing-episodes", "NOW"), "SAVE", null, " "));
        assertThat(incomplete.status()).isEqualTo(200);
        assertThat(incomplete.body()).contains("There is a problem").contains("Choose the level you judge right")
                .contains("Say why you judge this level right");
        assertThat(police.post("/children/" + child + "/risk/screenings",
                RiskFixtures.screening(Map.of("no-such-indicator", "NOW"), "SAVE", "LOW", "why")).body())
                .contains("Choose when each indicator was last seen from the list");
        assertThat(count("select count(*) from risk.screening where child_id = ?", RiskFixtures.uuid(child))).isEqualTo(before);
    }

    @Test
    void aChildTheViewerMayNotOpenIsNotFoundAndTheyMayNotScreen() {
        String child = RiskFixtures.child(port, "Ivy", TestEvents.familyName(), 13, 0);
        WebSession gp = WebSession.signedIn(port, "gp.north");
        assertThat(gp.get("/children/" + child + "/risk/screenings/new").status()).isEqualTo(404);
        assertThat(gp.get("/children/" + child + "?tab=risk").status()).isEqualTo(404);
        assertThat(WebSession.signedIn(port, "admin").get("/children/" + child + "/risk/screenings/new").status()).isEqualTo(404);
    }
}
