package org.safeguardinghub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database's port refuses whoever does not have the generated password (issue #12, defect 10). */
@HubIntegrationTest
class DatabasePasswordIT {

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    JdbcClient jdbc;

    @Test
    void connectingWithoutThePasswordIsRefusedAndTheApplicationConnectsWithIt() {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("no password was provided");
        assertThatThrownBy(() -> DriverManager.getConnection(url + "&password=postgres").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        // every rule the server holds asks for the password, the socket's included
        assertThat(jdbc.sql("select distinct auth_method from pg_hba_file_rules").query(String.class).list())
                .containsExactly("scram-sha-256");
        assertThat(jdbc.sql("select rolpassword like 'SCRAM-SHA-256$%' from pg_authid where rolname = 'postgres'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void thePasswordIsKeptOwnerOnlyInTheDataDirectory() throws Exception {
        Path file = Path.of("target/it-data/secrets/postgres-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort()
                + "/postgres?user=postgres&password=" + Files.readString(file).strip())) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }
}
