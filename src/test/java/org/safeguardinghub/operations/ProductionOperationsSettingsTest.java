package org.safeguardinghub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The production profile turns on what an operator relies on (docs/operations.md): the actuator on
 * a port of its own, and one JSON object per log line. (scripts/backup-restore-check.sh starts the
 * application in this profile and checks both on the running process.)
 */
class ProductionOperationsSettingsTest {

    @Test
    void productionHasAManagementPortAndJsonLogs() throws IOException {
        Properties production = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-production.properties")) {
            production.load(in);
        }
        assertThat(production.getProperty("management.server.port")).isEqualTo("8081");
        assertThat(production.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void theDefaultRunKeepsTheActuatorOnTheApplicationPortAndExposesTheScrape() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        // unset by default: trial runs and the test launchers that pick server.port=0 must not collide on a fixed port
        assertThat(defaults.getProperty("management.server.port")).isNull();
        assertThat(defaults.getProperty("management.endpoints.web.exposure.include")).contains("prometheus");
        assertThat(defaults.getProperty("management.endpoint.health.probes.add-additional-paths")).isEqualTo("true");
    }
}
