package org.safeguardinghub.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.SafeguardingHubApplication;
import org.safeguardinghub.shared.StartRefused;
import org.springframework.boot.SpringApplication;

/**
 * The application itself, started in-process in the production profile, refuses to start
 * without an external database or the key-encryption secret, before the embedded database starts.
 */
class ProductionProfileTest {

    static final Path DATA = Path.of("target/production-profile-test");

    static void start(String... settings) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--spring.profiles.active=production",
                "--server.port=0", "--safeguarding.data-dir=" + DATA), java.util.Arrays.stream(settings))
                .toArray(String[]::new);
        SpringApplication.run(SafeguardingHubApplication.class, args).close();
    }

    @Test
    void withoutADatasourceTheStartIsRefusedAndNoEmbeddedDatabaseIsMade() {
        assertThatThrownBy(() -> start("--safeguarding.access.key-encryption.secret=a-production-secret-0123"))
                .isInstanceOf(StartRefused.class)
                .hasMessage("The production profile is active but spring.datasource.url is not set.")
                .satisfies(e -> assertThat(((StartRefused) e).action()).contains("SPRING_DATASOURCE_URL"));
        assertThat(Files.exists(DATA.resolve("postgres"))).isFalse();
        assertThat(Files.exists(DATA)).isFalse();
    }

    @Test
    void withoutTheKeyEncryptionSecretTheStartIsRefused() {
        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:postgresql://localhost:1/none"))
                .isInstanceOf(StartRefused.class)
                .hasMessage("The production profile is active but safeguarding.access.key-encryption.secret is not set.");
    }

    @Test
    void demoDataIsRefusedInProduction() {
        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "--safeguarding.access.key-encryption.secret=a-production-secret-0123", "--safeguarding.demo.enabled=true"))
                .isInstanceOf(StartRefused.class)
                .hasMessage("The production profile is active but safeguarding.demo.enabled is true.");
    }

    @Test
    void theProfileTurnsTheDemoDataOff() {
        var environment = new org.springframework.core.env.StandardEnvironment();
        environment.setActiveProfiles("production");
        assertThat(ProductionStartCheck.settings(environment).productionProfile()).isTrue();
        java.util.Properties profile = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application-production.properties")) {
            profile.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(profile.getProperty("safeguarding.demo.enabled")).isEqualTo("false");
    }
}
