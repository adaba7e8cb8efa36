package org.safeguardinghub.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code java -jar} with an older default Java (17 on this kind of machine) still runs the
 * application, by restarting under a newer JDK.
 */
class JarOnJava17IT {

    static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    @Test
    void theJarRestartsItselfUnderANewerJdk() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(JAVA_17), "needs the machine's Java 17");
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("safeguarding-hub-.*\\.jar")).findFirst().orElseThrow();
        }
        Process process = new ProcessBuilder(JAVA_17.toString(), "-jar", jar.toString(), "admin", "help")
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains("restarting with").contains("Safeguarding Hub administration");
        assertThat(process.exitValue()).isZero();
    }
}
