package org.safeguardinghub.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.GeneratedSecrets;
import org.safeguardinghub.shared.HubProperties;
import org.safeguardinghub.shared.StartRefused;
import org.safeguardinghub.support.FreshDataDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data directory an earlier release made (zonky's cluster, trusting every connection from the
 * machine) is brought to password authentication on its first start, its data kept; a protected
 * cluster whose password file is gone does not start.
 */
class EmbeddedDatabaseIT {

    @Test
    void aClusterAnEarlierReleaseMadeIsProtectedWithAPasswordAndKeepsItsData() throws Exception {
        Path dir = Path.of("target", "embedded-database-it");
        FreshDataDirectory.delete(dir);
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(false).start()) {
            JdbcClient.create(earlier.getPostgresDatabase())
                    .sql("create table kept (note text); insert into kept values ('from the earlier release')").update();
        }
        HubProperties properties = new HubProperties(dir, new HubProperties.Embedded(false, 0));
        GeneratedSecrets secrets = new GeneratedSecrets(dir.resolve("secrets"));

        try (EmbeddedPostgres postgres = new EmbeddedDatabase(properties, secrets).start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url + "&password=guessed").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (var connection = DriverManager.getConnection(url + "&password=" + secrets.read("postgres-password"));
                 var rs = connection.createStatement().executeQuery("select note from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("from the earlier release");
            }
        }
        assertThat(Files.readString(dir.resolve("postgres/pg_hba.conf.before-passwords"))).contains("trust");
        assertThat(HostBasedAuthentication.trustsAnyConnection(Files.readString(dir.resolve("postgres/pg_hba.conf"))))
                .isFalse();

        Files.move(secrets.file("postgres-password"), dir.resolve("postgres-password.moved-away"));
        assertThatThrownBy(() -> new EmbeddedDatabase(properties, secrets).start()).isInstanceOf(StartRefused.class)
                .hasMessageContaining("requires a password").hasMessageContaining("is missing");
        assertThat(secrets.exists("postgres-password")).isFalse();
    }
}
