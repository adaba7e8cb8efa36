package org.safeguardinghub.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The jar's entry point. Safeguarding Hub needs Java 21 or newer, but {@code java} on many
 * machines is still 17; rather than fail with a class-version error, this (compiled for Java 17)
 * restarts the same command under a newer JDK found in {@code JAVA_HOME} or {@code /usr/lib/jvm}.
 * On Java 21 or newer it simply starts the application.
 */
public final class Launcher {

    static final int REQUIRED = 21;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() >= REQUIRED) {
            Class.forName("org.safeguardinghub.SafeguardingHubApplication")
                    .getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        Optional<Path> java = newerJava();
        if (java.isEmpty()) {
            System.err.println("Safeguarding Hub needs Java " + REQUIRED + " or newer; this is Java "
                    + Runtime.version().feature() + ". Install one, or set JAVA_HOME to one.");
            System.exit(1);
        }
        List<String> command = new ArrayList<>();
        command.add(java.get().toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-jar");
        command.add(System.getProperty("java.class.path"));
        command.addAll(Arrays.asList(args));
        System.err.println("Java " + Runtime.version().feature() + " is too old; restarting with " + java.get());
        Process process = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        System.exit(process.waitFor());
    }

    static Optional<Path> newerJava() throws IOException {
        List<Path> candidates = new ArrayList<>();
        String home = System.getenv("JAVA_HOME");
        if (home != null) {
            candidates.add(Path.of(home));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                dirs.sorted(Comparator.reverseOrder()).forEach(candidates::add);
            }
        }
        return candidates.stream()
                .map(dir -> dir.resolve("bin").resolve("java"))
                .filter(Files::isExecutable)
                .filter(java -> feature(java.getParent().getParent()) >= REQUIRED)
                .findFirst();
    }

    /** The Java version of a JDK directory, from its {@code release} file; 0 if unknown. */
    static int feature(Path jdk) {
        Path release = jdk.resolve("release");
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
