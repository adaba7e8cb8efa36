package org.safeguardinghub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets generated on the default run: made once, owner-only, the same on every read. */
class GeneratedSecretsTest {

    @TempDir
    Path data;

    @Test
    void aSecretIsMadeOnceInAnOwnerOnlyFileAndReadBackTheSame() throws IOException {
        GeneratedSecrets secrets = new GeneratedSecrets(data.resolve("secrets"));
        assertThat(secrets.exists("postgres-password")).isFalse();
        String made = secrets.readOrCreate("postgres-password");
        assertThat(made).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(secrets.readOrCreate("postgres-password")).isEqualTo(made);
        assertThat(new GeneratedSecrets(data.resolve("secrets")).read("postgres-password")).isEqualTo(made);
        assertThat(secrets.readOrCreate("key-encryption-secret")).isNotEqualTo(made);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.file("postgres-password"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("secrets"))))
                .isEqualTo("rwx------");
        try (var files = Files.list(data.resolve("secrets"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "postgres-password", "key-encryption-secret");
        }
    }

    @Test
    void aSecretFileOthersCouldReadIsMadeOwnerOnly() throws IOException {
        GeneratedSecrets secrets = new GeneratedSecrets(data);
        Files.writeString(data.resolve("shared-secret"), "kept-as-it-was\n");
        Files.setPosixFilePermissions(data.resolve("shared-secret"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(secrets.read("shared-secret")).isEqualTo("kept-as-it-was");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("shared-secret"))))
                .isEqualTo("rw-------");
    }

    @Test
    void anEmptySecretFileStopsTheStartAndANameCannotLeaveTheDirectory() throws IOException {
        GeneratedSecrets secrets = new GeneratedSecrets(data);
        Files.writeString(data.resolve("emptied"), "  \n");
        assertThatThrownBy(() -> secrets.read("emptied")).isInstanceOf(StartRefused.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> secrets.file("../escape")).isInstanceOf(IllegalArgumentException.class);
    }
}
