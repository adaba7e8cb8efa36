package org.safeguardinghub.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 18, "Operations": the Prometheus scrape, build info and probes on the management port and
 * not on the application port; the hub's own meters move with what happens and name no child; every
 * response carries a request id.
 */
@HubIntegrationTest
class OperationsIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void theScrapeIsOnTheManagementPortWithTheHubsMetersAndTheJvms() {
        Api.Response scrape = new Api(managementPort).get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("safeguarding_alerts_open{code=\"MISSING_TREND\"}")
                .contains("safeguarding_alerts_raised_total{code=\"PLAN_DRIFT\"}")
                .contains("safeguarding_frontdoor_decisions_total{timeliness=\"on_time\"}")
                .contains("safeguarding_frontdoor_decisions_total{timeliness=\"late\"}")
                .contains("safeguarding_notifications_emails_pending ")
                .contains("safeguarding_notifications_emails_failed_total ")
                .contains("safeguarding_identity_reviews_waiting ")
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active");
        // a value, not NaN (a gauge whose object was collected, or whose count failed, reads NaN)
        for (String series : new String[] {"safeguarding_identity_reviews_waiting", "safeguarding_notifications_emails_pending",
                "safeguarding_notifications_emails_failed_total",
                "safeguarding_alerts_open{code=\"MISSING_TREND\"}", "safeguarding_frontdoor_decisions_total{timeliness=\"late\"}"}) {
            System.gc();
            assertThat(value(series)).as(series).isNotNaN().isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void theApplicationPortDoesNotServeTheActuatorButAnswersTheProbes() {
        Api anonymous = new Api(port);
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info"}) {
            Api.Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("jvm_memory").doesNotContain("safeguarding_");
        }
        assertThat(anonymous.get("/readyz").status()).isEqualTo(200);
        assertThat(anonymous.get("/livez").body()).contains("\"status\":\"UP\"");
        Api management = new Api(managementPort);
        assertThat(management.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(management.get("/actuator/health/liveness").status()).isEqualTo(200);
        // only the probes, build info and the scrape are open there
        assertThat(management.get("/actuator/metrics").status()).isIn(401, 403);
    }

    @Test
    void buildInfoNamesTheArtifactAndVersion() {
        Api.Response info = new Api(managementPort).get("/actuator/info");
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json().get("build").get("artifact").stringValue()).isEqualTo("safeguarding-hub");
        assertThat(info.json().get("build").get("version").stringValue()).isNotBlank();
    }

    @Test
    void theFeedIsCountedBySystemAndOutcomeAndAContactJoinsTheQueueGauge() {
        double created = value("safeguarding_feed_events_total{outcome=\"created\",system=\"SCHOOL-NORTH\"}");
        double rejected = value("safeguarding_feed_events_total{outcome=\"rejected\",system=\"SCHOOL-NORTH\"}");
        double awaiting = value("safeguarding_frontdoor_contacts_awaiting_decision");
        String family = familyName();
        ObjectNode contact = event(unique("OPS"), subject("Robin", family, "2013-03-03"), "CONTACT",
                Instant.now().minusSeconds(600).toString());
        contact.putObject("details").put("concern", "Seen with older men at the bus station");
        ObjectNode bad = event(unique("OPS"), subject("Robin", family, "2013-03-03"), "NOT_A_TYPE",
                Instant.now().minusSeconds(600).toString());
        assertThat(new Api(port).as("SCHOOL-NORTH").post("/api/v1/events", batch(contact, bad)).status()).isEqualTo(200);

        assertThat(value("safeguarding_feed_events_total{outcome=\"created\",system=\"SCHOOL-NORTH\"}")).isEqualTo(created + 1);
        assertThat(value("safeguarding_feed_events_total{outcome=\"rejected\",system=\"SCHOOL-NORTH\"}")).isEqualTo(rejected + 1);
        assertThat(value("safeguarding_frontdoor_contacts_awaiting_decision")).isGreaterThanOrEqualTo(awaiting + 1);
        // meters carry systems, codes and outcomes, never a child
        assertThat(scrape()).doesNotContain(family).doesNotContain("Robin");
    }

    @Test
    void everyResponseCarriesARequestIdKeepingAWellFormedOneAndReplacingAnyOther() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Void> kept = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Request-Id", "lb-0042.abc").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("lb-0042.abc");
        HttpResponse<Void> replaced = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Request-Id", "x".repeat(65)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(replaced.headers().firstValue("X-Request-Id")).get().asString()
                .matches("[0-9a-f-]{36}");
        Api.Response none = new Api(port).get("/api/v1/children/not-an-id/chronology");
        assertThat(none.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f-]{36}");
    }

    private String scrape() {
        return new Api(managementPort).get("/actuator/prometheus").body();
    }

    /** A series' value in the scrape; 0 when the series is not there yet (a counter not yet incremented). */
    private double value(String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape());
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
