package org.safeguardinghub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.FreshDataDirectory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database outlives the application: stopping and starting on the same data directory loses
 * nothing; and setting the standard spring.datasource properties points the application at another
 * PostgreSQL instead of the embedded one.
 */
class PersistenceIT {

    /** Starts the application as the command line would, so these settings win over application.properties. */
    static ConfigurableApplicationContext start(String... settings) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("server.port=0",
                        "safeguarding.demo.enabled=false", "safeguarding.embedded.fsync=false", "logging.level.io.zonky=WARN"),
                java.util.Arrays.stream(settings)).map(s -> "--" + s).toArray(String[]::new);
        return new SpringApplicationBuilder(SafeguardingHubApplication.class).run(args);
    }

    @Test
    void stoppingAndStartingOnTheSameDataDirectoryLosesNothing() throws IOException {
        Path dir = Path.of("target", "persistence-it");
        FreshDataDirectory.delete(dir);
        try (var first = start("safeguarding.data-dir=" + dir)) {
            first.getBean(JdbcClient.class).sql("""
                    insert into access.agency (id, code, name, type, area, created_at)
                    values (gen_random_uuid(), 'KEPT-1', 'Kept', 'POLICE', 'North', now())""").update();
        }
        assertThat(Files.exists(dir.resolve("postgres/PG_VERSION"))).isTrue();
        try (var second = start("safeguarding.data-dir=" + dir)) {
            assertThat(second.getBean(JdbcClient.class).sql("select name from access.agency where code = 'KEPT-1'")
                    .query(String.class).single()).isEqualTo("Kept");
        }
    }

    @Test
    void springDatasourcePropertiesPointAtAnotherPostgres() throws Exception {
        Path dir = Path.of("target", "external-it");
        FreshDataDirectory.delete(dir);
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start()) {
            String url = "spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres");
            // nothing is generated beside an external database: the key-encryption secret must be configured
            assertThatThrownBy(() -> start(url, "spring.datasource.username=postgres", "spring.datasource.password=",
                    "safeguarding.data-dir=target/must-not-be-used").close())
                    .satisfies(failure -> assertThat(SecretsUpgradeIT.startRefused(failure))
                            .hasMessageContaining("safeguarding.access.key-encryption.secret is not set"));
            try (var app = start(url, "spring.datasource.username=postgres", "spring.datasource.password=",
                    "safeguarding.data-dir=target/must-not-be-used",
                    "safeguarding.access.key-encryption.secret=" + UUID.randomUUID())) {
                assertThatThrownBy(() -> app.getBean(EmbeddedPostgres.class)).isInstanceOf(NoSuchBeanDefinitionException.class);
                assertThat(Files.exists(Path.of("target/must-not-be-used"))).isFalse();
                try (var connection = external.getPostgresDatabase().getConnection();
                     var rs = connection.createStatement().executeQuery("select count(*) from flyway_schema_history where success")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(3);
                }
            }
        }
    }
}
