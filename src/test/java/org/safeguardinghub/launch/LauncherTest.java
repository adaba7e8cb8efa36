package org.safeguardinghub.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path jdk;

    @Test
    void readsTheJavaVersionFromAJdksReleaseFile() throws IOException {
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        assertThat(Launcher.feature(jdk)).isEqualTo(25);
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        assertThat(Launcher.feature(jdk)).isEqualTo(17);
    }

    @Test
    void aDirectoryWithoutAReleaseFileIsNoJdk() {
        assertThat(Launcher.feature(jdk)).isZero();
    }
}
