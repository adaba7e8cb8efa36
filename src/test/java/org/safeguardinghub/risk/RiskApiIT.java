package org.safeguardinghub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/children/{id}/risk as partner systems read it, and the tool's versions as administrators publish them. */
@HubIntegrationTest
class RiskApiIT {

    @LocalServerPort
    int port;

    @Test
    void aPartnerReadsTheLevelByToolAndJudgementEachScreeningWithItsVersionAndRationaleWhereItMay() {
        String child = RiskFixtures.child(port, "Gina", TestEvents.familyName(), 12, 200);
        Network.of(port, child).add("police.north", "CSE officer").allocate("sw.north");
        WebSession police = WebSession.signedIn(port, "police.north");
        police.get("/children/" + child + "/risk/screenings/new");
        Map<String, String> form = new java.util.LinkedHashMap<>(RiskFixtures.screening(Map.of("missing-episodes", "NOW"),
                "SAVE", "HIGH", "Intelligence: seen with a man known to us."));
        form.put("sensitivity", "POLICE_INTELLIGENCE");
        assertThat(police.post("/children/" + child + "/risk/screenings", form).status()).isEqualTo(302);

        Api.Response read = new Api(port).as("POLICE-NORTH").get("/api/v1/children/" + child + "/risk");
        assertThat(read.status()).isEqualTo(200);
        JsonNode risk = read.json();
        assertThat(risk.get("current").get("level").stringValue()).isEqualTo("HIGH");
        assertThat(risk.get("current").get("byTool").stringValue()).isEqualTo("MEDIUM");
        assertThat(risk.get("current").get("byJudgement").stringValue()).isEqualTo("HIGH");
        JsonNode screening = risk.get("screenings").get(0);
        assertThat(screening.get("toolVersion").asInt()).isPositive();
        assertThat(screening.get("rationale").stringValue()).isEqualTo("Intelligence: seen with a man known to us.");
        assertThat(screening.get("toolReasons").get(0).stringValue()).startsWith("Score 3 from 1 indicator");
        assertThat(risk.get("history").get(0).get("level").stringValue()).isEqualTo("HIGH");

        JsonNode socialCare = new Api(port).as("CSC-NORTH").get("/api/v1/children/" + child + "/risk").json();
        assertThat(socialCare.get("current").get("level").stringValue()).isEqualTo("HIGH");
        assertThat(socialCare.get("screenings").get(0).get("restricted").asBoolean()).isTrue();
        assertThat(socialCare.get("screenings").get(0).has("rationale")).isFalse();
        assertThat(socialCare.get("screenings").get(0).has("toolReasons")).isFalse();
    }

    @Test
    void aChildTheAgencyDoesNotWorkWithIsAProblemDocument404() {
        String child = RiskFixtures.child(port, "Hana", TestEvents.familyName(), 13, 1);
        Api.Response refused = new Api(port).as("GP-NORTH").get("/api/v1/children/" + child + "/risk");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(new Api(port).as("GP-NORTH").get("/api/v1/children/not-an-id/risk").status()).isEqualTo(404);
        assertThat(new Api(port).get("/api/v1/children/" + child + "/risk").status()).isEqualTo(401);
    }

    @Test
    void theRiskEndpointIsInTheOpenApiDescription() {
        String docs = WebSession.signedIn(port, "police.north").get("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/children/{childId}/risk").contains("Exploitation risk");
    }

    @Test
    void administratorsPublishANewVersionAndEachScreeningKeepsTheOneItUsed() {
        String child = RiskFixtures.child(port, "Iris", TestEvents.familyName(), 16, 1);
        Network.of(port, child).add("police.north", "CSE officer");
        WebSession police = WebSession.signedIn(port, "police.north");
        RiskFixtures.screen(police, child, Map.of("missing-episodes", "NOW"), "MEDIUM", "First look.");
        WebSession admin = WebSession.signedIn(port, "admin");
        String page = admin.get("/admin/risk-tool").body();
        int before = Integer.parseInt(page.replaceAll("(?s).*id=\"tool-version\">Version (\\d+),.*", "$1"));
        assertThat(admin.post("/admin/risk-tool", Map.of("definition", "{\"themes\": [}", "note", "Broken")).body())
                .contains("The JSON cannot be read");
        assertThat(admin.post("/admin/risk-tool", Map.of("definition", ScreeningTools.defaultDefinition(), "note", ""))
                .body()).contains("Say what changed");
        assertThat(admin.post("/admin/risk-tool", Map.of("definition", ScreeningTools.defaultDefinition(),
                "note", "Republished unchanged for a test")).status()).isEqualTo(302);
        assertThat(admin.get("/admin/risk-tool").body()).contains("Version " + (before + 1) + ",");
        RiskFixtures.screen(police, child, Map.of("missing-episodes", "NOW"), "MEDIUM", "Second look.");
        JsonNode screenings = new Api(port).as("POLICE-NORTH").get("/api/v1/children/" + child + "/risk").json().get("screenings");
        assertThat(screenings.get(0).get("toolVersion").asInt()).isEqualTo(before + 1);
        assertThat(screenings.get(1).get("toolVersion").asInt()).isEqualTo(before);
        assertThat(police.get("/admin/risk-tool").status()).isEqualTo(403);
    }
}
